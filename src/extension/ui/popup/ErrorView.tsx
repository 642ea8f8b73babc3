// The audit could not finish: what happened and what to do.
interface Props {
  message: string;
  advice: string;
  onRetry: () => void;
}

export function ErrorView({ message, advice, onRetry }: Props) {
  return (
    <section class="error" role="alert">
      <h1 class="state-heading">The audit could not finish</h1>
      <p>{message}</p>
      <p>{advice}</p>
      <p>
        <button type="button" class="primary" onClick={onRetry}>
          Try again
        </button>
      </p>
    </section>
  );
}
