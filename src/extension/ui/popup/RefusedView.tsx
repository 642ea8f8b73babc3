// Access was refused or the prompt dismissed: ask again, or audit the notice alone and say the cookies were not read.
import type { AccessPlan } from '../../access-plan';

interface Props {
  plan: AccessPlan;
  onAskAgain: () => void;
  onWithoutCookies: () => void;
}

export function RefusedView({ plan, onAskAgain, onWithoutCookies }: Props) {
  return (
    <section class="refused">
      <h1 class="state-heading">Access was not given</h1>
      <p>
        Without access to {plan.schoolDomain}
        {plan.thirdPartyDomains.length ? ' and the sites it embeds' : ''}, the extension cannot read the cookies they set, and may not be
        able to fetch the school's other pages.
      </p>
      <p>
        <button type="button" class="primary" onClick={onAskAgain}>
          Ask again
        </button>
      </p>
      <p>
        <button type="button" class="link-button" onClick={onWithoutCookies}>
          Audit without cookie access
        </button>
      </p>
      <p class="hint">Audits the privacy notice alone. The cookie results will say the cookies could not be read.</p>
    </section>
  );
}
