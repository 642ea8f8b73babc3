// Before the browser's permission prompt: one sentence saying which sites the audit needs and why.
import type { GatheredPage } from '../../gather/capture-page';
import { describeAccess, type AccessPlan } from '../../access-plan';

interface Props {
  page: GatheredPage;
  plan: AccessPlan;
  onAllow: () => void;
  onWithoutCookies: () => void;
}

export function AccessView({ page, plan, onAllow, onWithoutCookies }: Props) {
  return (
    <section class="ready">
      <h1 class="state-heading">{page.title || new URL(page.url).hostname}</h1>
      <p class="reason">{describeAccess(plan)}</p>
      <p>
        <button type="button" class="primary" onClick={onAllow}>
          Allow access and audit
        </button>
      </p>
      <p>
        <button type="button" class="link-button" onClick={onWithoutCookies}>
          Audit without cookie access
        </button>
      </p>
    </section>
  );
}
