// The steps of an audit as they happen: never a bare spinner.
export function WorkingView({ steps }: { steps: string[] }) {
  return (
    <section aria-live="polite" class="working">
      <h1 class="state-heading">Auditing…</h1>
      <ol class="steps">
        {steps.map((s, i) => (
          <li key={i} class={i === steps.length - 1 ? 'current' : 'done'}>
            {s}
          </li>
        ))}
      </ol>
    </section>
  );
}
