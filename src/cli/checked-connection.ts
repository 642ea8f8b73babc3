// HTTP requests whose connections go only to addresses the private-address policy allowed. The connection's own
// name lookup applies the policy (src/cli/address-policy.ts checkedLookup), so the check and the connection use one
// DNS answer. undici's own fetch is used with its Agent, so the two always come from one undici version.
import { Agent, fetch as undiciFetch } from 'undici';
import { checkedLookup, type AddressPolicy } from './address-policy';

/** One connection pool per policy (a policy lives for one site or one command), kept while the policy is. */
const agents = new WeakMap<AddressPolicy, Agent>();

export function checkedDispatcher(policy: AddressPolicy): Agent {
  let agent = agents.get(policy);
  if (!agent) {
    agent = new Agent({ connect: { lookup: checkedLookup(policy) } });
    agents.set(policy, agent);
  }
  return agent;
}

type CheckedFetch = (url: string, init: RequestInit & { dispatcher: Agent }) => Promise<Response>;

/** The fetch used for documents; an object property (not a bare export) so a test can stand in for the network. */
export const http: { fetch: CheckedFetch } = {
  fetch: (url, init) => undiciFetch(url, init as Parameters<typeof undiciFetch>[1]) as unknown as Promise<Response>,
};
