// Nothing to audit on this page: say why once, and offer what can be done from here.
interface Props {
  message: string;
  /** Host access was not given: asking again may let the linked notice be fetched. */
  canAskForAccess: boolean;
  onAuditPage: () => void;
  onAskAgain: () => void;
}

export function NothingView({ message, canAskForAccess, onAuditPage, onAskAgain }: Props) {
  return (
    <section class="nothing" role="status">
      <h1 class="state-heading">Nothing to audit yet</h1>
      <p>{message}</p>
      <p>Open the school's privacy notice in this tab and click the button again, or audit this page as it is.</p>
      <p class="button-row">
        <button type="button" class="primary" onClick={onAuditPage}>
          Audit this page as the notice
        </button>
        {canAskForAccess && (
          <button type="button" onClick={onAskAgain}>
            Ask for access again
          </button>
        )}
      </p>
    </section>
  );
}
