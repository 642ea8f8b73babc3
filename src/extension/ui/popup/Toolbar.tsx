// The popup's top bar: the audit log (with its count) and the settings toggle.
interface Props {
  logCount: number | null;
  settingsOpen: boolean;
  onOpenLog: () => void;
  onToggleSettings: () => void;
}

export function Toolbar({ logCount, settingsOpen, onOpenLog, onToggleSettings }: Props) {
  return (
    <div class="toolbar">
      <span class="brand">School Privacy Audit</span>
      <span class="toolbar-buttons">
        <button type="button" class="icon-button" onClick={onOpenLog} aria-label="Open the audit log">
          Log{logCount !== null ? ` (${logCount})` : ''}
        </button>
        <button
          type="button"
          class="icon-button"
          aria-expanded={settingsOpen}
          aria-controls="settings"
          onClick={onToggleSettings}
          aria-label="Settings"
        >
          ⚙
        </button>
      </span>
    </div>
  );
}
