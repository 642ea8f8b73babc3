// Nothing to audit on this page: say why, and offer to audit the page itself as the notice.
interface Props {
  message: string;
  onAuditPage: () => void;
}

export function NothingView({ message, onAuditPage }: Props) {
  return (
    <section class="nothing" role="status">
      <h1 class="state-heading">Nothing to audit yet</h1>
      <p>{message} Open the school's privacy notice and click again, or</p>
      <p>
        <button type="button" class="primary" onClick={onAuditPage}>
          Audit this page as the notice
        </button>
      </p>
    </section>
  );
}
