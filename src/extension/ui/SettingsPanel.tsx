// Settings: override the detected nation and phase, and audit as of a date (staleness and the 2026 cookie rules depend on it).
import { useState } from 'preact/hooks';
import type { Settings } from '../settings';

export function SettingsPanel({ settings, onSave }: { settings: Settings; onSave: (s: Settings) => void }) {
  const [draft, setDraft] = useState(settings);
  return (
    <form
      id="settings"
      class="settings"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <h2 class="subheading">Settings</h2>
      <label>
        Nation
        <select
          value={draft.nation}
          onChange={(e) => setDraft({ ...draft, nation: (e.currentTarget as HTMLSelectElement).value as Settings['nation'] })}
        >
          <option value="auto">Detect from the notice</option>
          <option value="england">England</option>
          <option value="wales">Wales</option>
        </select>
      </label>
      <label>
        Phase
        <select
          value={draft.phase}
          onChange={(e) => setDraft({ ...draft, phase: (e.currentTarget as HTMLSelectElement).value as Settings['phase'] })}
        >
          <option value="auto">Detect from the notice</option>
          <option value="nursery">Nursery or early years</option>
          <option value="primary">Primary</option>
          <option value="secondary">Secondary</option>
          <option value="all-through">All-through</option>
          <option value="special">Special</option>
        </select>
      </label>
      <label>
        Audit as of
        <input type="date" value={draft.asOf} onInput={(e) => setDraft({ ...draft, asOf: (e.currentTarget as HTMLInputElement).value })} />
      </label>
      <p class="hint">Leave the date empty to audit as of today.</p>
      <button type="submit" class="primary">
        Save and audit again
      </button>
    </form>
  );
}
