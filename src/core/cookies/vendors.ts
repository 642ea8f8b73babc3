// Who sets cookies: vendors, the names a cookie table uses for them, and the domains their cookies live on.
import { z } from 'zod';
import { escapeRegExp } from '../escape-regexp';

export const CookieCategorySchema = z.enum(['strictly-necessary', 'functional', 'analytics', 'advertising', 'embed']);
export type CookieCategory = z.infer<typeof CookieCategorySchema>;

export const VendorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(2),
    /** Parent company, so a table row naming "Google" covers YouTube and Google Analytics cookies. */
    owner: z.string().nullable(),
    /** Lower-case names a cookie table or notice uses for this vendor ("youtube", "google analytics"). */
    aliases: z.array(z.string().min(1)).min(1),
    /** Hosts or registrable domains the vendor's own cookies are set on (empty: it sets first-party cookies only). */
    domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)),
    /** Category of an unknown cookie seen on this vendor's domains. */
    defaultCategory: CookieCategorySchema,
    /** Where the vendor is based, when it matters for UK GDPR transfer information. */
    basedIn: z.enum(['UK', 'EU', 'US', 'other']).nullable(),
    /** Public source for the domains (vendor documentation) or "checklist.md §C". */
    source: z.string().min(5),
  })
  .strict();
export type Vendor = z.infer<typeof VendorSchema>;

const G = 'https://policies.google.com/technologies/cookies';

// Written as the schema's output (it has no defaults), so no audit parses it: the tests validate it against VendorSchema.
const VENDOR_DATA: Vendor[] = [
  {
    id: 'google-analytics',
    name: 'Google Analytics',
    owner: 'Google',
    aliases: ['google analytics', 'ga4', 'universal analytics', 'analytics.js', 'gtag.js'],
    domains: ['google-analytics.com', 'analytics.google.com'],
    defaultCategory: 'analytics',
    basedIn: 'US',
    source: 'https://support.google.com/analytics/answer/11397207',
  },
  {
    id: 'google-tag-manager',
    name: 'Google Tag Manager',
    owner: 'Google',
    aliases: ['google tag manager', 'tag manager', 'gtm'],
    domains: ['googletagmanager.com'],
    defaultCategory: 'analytics',
    basedIn: 'US',
    source: 'https://support.google.com/tagmanager/answer/6102821',
  },
  {
    id: 'google-ads',
    name: 'Google Ads',
    owner: 'Google',
    aliases: ['google ads', 'google adwords', 'adwords', 'google adsense', 'adsense', 'google conversion'],
    domains: ['googleadservices.com', 'googlesyndication.com'],
    defaultCategory: 'advertising',
    basedIn: 'US',
    source: G,
  },
  {
    id: 'doubleclick',
    name: 'Google DoubleClick',
    owner: 'Google',
    aliases: ['doubleclick', 'double click', 'google marketing platform'],
    domains: ['doubleclick.net'],
    defaultCategory: 'advertising',
    basedIn: 'US',
    source: G,
  },
  {
    id: 'google',
    name: 'Google (Maps, Search, accounts)',
    owner: 'Google',
    aliases: ['google', 'google search', 'google calendar', 'google docs', 'google forms'],
    domains: ['google.com', 'google.co.uk', 'gstatic.com'],
    defaultCategory: 'embed',
    basedIn: 'US',
    source: G,
  },
  // Maps embeds set their cookies on google.com (vendor "google"); this entry lets a notice name Maps itself.
  {
    id: 'google-maps',
    name: 'Google Maps',
    owner: 'Google',
    aliases: ['google maps', 'google map', 'google maps embed'],
    domains: [],
    defaultCategory: 'embed',
    basedIn: 'US',
    source: G,
  },
  {
    id: 'google-recaptcha',
    name: 'Google reCAPTCHA',
    owner: 'Google',
    aliases: ['recaptcha', 'google recaptcha', 're-captcha'],
    domains: ['recaptcha.net'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'US',
    source: G,
  },
  {
    id: 'google-translate',
    name: 'Google Translate',
    owner: 'Google',
    aliases: ['google translate', 'translate widget'],
    domains: ['translate.googleapis.com', 'translate.google.com'],
    defaultCategory: 'functional',
    basedIn: 'US',
    source: 'checklist.md §C',
  },
  {
    id: 'youtube',
    name: 'YouTube',
    owner: 'Google',
    aliases: ['youtube', 'you tube', 'youtube-nocookie', 'youtube video', 'youtube videos'],
    domains: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com'],
    defaultCategory: 'embed',
    basedIn: 'US',
    source: G,
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    owner: null,
    aliases: ['vimeo', 'vimeo video', 'vimeo videos'],
    domains: ['vimeo.com', 'vimeocdn.com'],
    defaultCategory: 'embed',
    basedIn: 'US',
    source: 'https://vimeo.com/cookie_policy',
  },
  {
    id: 'facebook',
    name: 'Facebook (Meta)',
    owner: 'Meta',
    aliases: ['facebook', 'meta', 'meta pixel', 'facebook pixel', 'facebook widget', 'facebook widgets', 'fb'],
    domains: ['facebook.com', 'facebook.net', 'fbcdn.net', 'fb.com'],
    defaultCategory: 'advertising',
    basedIn: 'US',
    source: 'https://www.facebook.com/privacy/policies/cookies/',
  },
  {
    id: 'instagram',
    name: 'Instagram (Meta)',
    owner: 'Meta',
    aliases: ['instagram'],
    domains: ['instagram.com', 'cdninstagram.com'],
    defaultCategory: 'embed',
    basedIn: 'US',
    source: 'https://privacycenter.instagram.com/policies/cookies/',
  },
  {
    id: 'x-twitter',
    name: 'X (Twitter)',
    owner: null,
    aliases: ['twitter', 'x', 'x (twitter)', 'x/twitter', 'twitter widget', 'twitter widgets', 'tweets'],
    domains: ['twitter.com', 'x.com', 'twimg.com', 't.co'],
    defaultCategory: 'advertising',
    basedIn: 'US',
    source: 'https://help.x.com/en/rules-and-policies/x-cookies',
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    owner: 'Microsoft',
    aliases: ['linkedin', 'linked in', 'linkedin insight tag'],
    domains: ['linkedin.com', 'licdn.com'],
    defaultCategory: 'advertising',
    basedIn: 'US',
    source: 'https://www.linkedin.com/legal/l/cookie-table',
  },
  {
    id: 'tiktok',
    name: 'TikTok',
    owner: null,
    aliases: ['tiktok', 'tik tok', 'tiktok pixel'],
    domains: ['tiktok.com', 'tiktokcdn.com'],
    defaultCategory: 'advertising',
    basedIn: 'other',
    source: 'https://www.tiktok.com/legal/page/global/cookie-policy/en',
  },
  {
    id: 'pinterest',
    name: 'Pinterest',
    owner: null,
    aliases: ['pinterest'],
    domains: ['pinterest.com', 'pinterest.co.uk', 'pinimg.com'],
    defaultCategory: 'advertising',
    basedIn: 'US',
    source: 'https://policy.pinterest.com/en-gb/cookies',
  },
  {
    id: 'microsoft-clarity',
    name: 'Microsoft Clarity',
    owner: 'Microsoft',
    aliases: ['microsoft clarity', 'clarity'],
    domains: ['clarity.ms'],
    defaultCategory: 'analytics',
    basedIn: 'US',
    source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
  },
  {
    id: 'microsoft-advertising',
    name: 'Microsoft Advertising (Bing)',
    owner: 'Microsoft',
    aliases: ['bing', 'bing ads', 'microsoft advertising', 'microsoft uet'],
    domains: ['bing.com'],
    defaultCategory: 'advertising',
    basedIn: 'US',
    source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
  },
  {
    id: 'hotjar',
    name: 'Hotjar',
    owner: null,
    aliases: ['hotjar'],
    domains: ['hotjar.com', 'hotjar.io'],
    defaultCategory: 'analytics',
    basedIn: 'EU',
    source: 'https://help.hotjar.com/hc/en-us/articles/115011789248-Hotjar-Cookie-Information',
  },
  {
    id: 'matomo',
    name: 'Matomo',
    owner: null,
    aliases: ['matomo', 'piwik'],
    domains: ['matomo.cloud', 'innocraft.cloud'],
    defaultCategory: 'analytics',
    basedIn: 'other',
    source: 'https://matomo.org/faq/general/faq_146/',
  },
  {
    id: 'adobe-analytics',
    name: 'Adobe Analytics',
    owner: 'Adobe',
    aliases: ['adobe analytics', 'omniture', 'adobe experience cloud'],
    domains: ['omtrdc.net', 'demdex.net', '2o7.net'],
    defaultCategory: 'analytics',
    basedIn: 'US',
    source: 'https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies/analytics',
  },
  {
    id: 'yandex-metrica',
    name: 'Yandex Metrica',
    owner: 'Yandex',
    aliases: ['yandex', 'yandex metrica', 'yandex metrika'],
    domains: ['yandex.ru', 'yandex.com'],
    defaultCategory: 'analytics',
    basedIn: 'other',
    source: 'https://yandex.com/support/metrica/general/cookie-usage.html',
  },
  {
    id: 'siteimprove',
    name: 'Siteimprove',
    owner: null,
    aliases: ['siteimprove', 'site improve'],
    domains: ['siteimprove.com', 'siteimproveanalytics.com', 'siteimproveanalytics.io'],
    defaultCategory: 'analytics',
    basedIn: 'EU',
    source: 'https://help.siteimprove.com/support/solutions/articles/80000448288',
  },
  {
    id: 'hubspot',
    name: 'HubSpot',
    owner: null,
    aliases: ['hubspot', 'hub spot'],
    domains: ['hubspot.com', 'hs-analytics.net', 'hs-scripts.com', 'hsforms.com'],
    defaultCategory: 'analytics',
    basedIn: 'US',
    source: 'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser',
  },
  {
    id: 'addthis',
    name: 'AddThis (Oracle, discontinued 2023)',
    owner: 'Oracle',
    aliases: ['addthis', 'add this'],
    domains: ['addthis.com'],
    defaultCategory: 'advertising',
    basedIn: 'US',
    source: 'checklist.md §C',
  },
  {
    id: 'tawk',
    name: 'tawk.to live chat',
    owner: null,
    aliases: ['tawk.to', 'tawk'],
    domains: ['tawk.to'],
    defaultCategory: 'functional',
    basedIn: 'US',
    source: 'https://help.tawk.to/article/what-are-the-cookies-created-by-the-widget',
  },
  {
    id: 'issuu',
    name: 'Issuu',
    owner: null,
    aliases: ['issuu'],
    domains: ['issuu.com', 'isu.pub'],
    defaultCategory: 'embed',
    basedIn: 'US',
    source: 'https://issuu.com/legal/cookies',
  },
  {
    id: 'stripe',
    name: 'Stripe',
    owner: null,
    aliases: ['stripe'],
    domains: ['stripe.com', 'stripe.network'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'US',
    source: 'https://stripe.com/legal/cookies-policy',
  },
  {
    id: 'cloudflare',
    name: 'Cloudflare',
    owner: null,
    aliases: ['cloudflare'],
    domains: ['cloudflare.com'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'US',
    source: 'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/',
  },
  {
    id: 'aws-elb',
    name: 'Amazon Web Services load balancer',
    owner: 'Amazon',
    aliases: ['aws', 'amazon web services', 'aws load balancer', 'amazon load balancer'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: 'US',
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html',
  },
  {
    id: 'azure-app-service',
    name: 'Microsoft Azure App Service',
    owner: 'Microsoft',
    aliases: ['azure', 'microsoft azure'],
    domains: ['azurewebsites.net'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'US',
    source: 'https://learn.microsoft.com/en-us/azure/app-service/configure-common',
  },
  {
    id: 'akamai',
    name: 'Akamai',
    owner: null,
    aliases: ['akamai'],
    domains: ['akamai.net', 'akamaihd.net', 'akamaized.net'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'US',
    source: 'https://www.akamai.com/legal/privacy-statement',
  },
  {
    id: 'imperva',
    name: 'Imperva Incapsula',
    owner: null,
    aliases: ['incapsula', 'imperva'],
    domains: ['incapsula.com', 'imperva.com'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'US',
    source: 'https://docs.imperva.com/bundle/cloud-application-security/page/cookies.htm',
  },
  {
    id: 'cookiebot',
    name: 'Cookiebot (Usercentrics)',
    owner: 'Usercentrics',
    aliases: ['cookiebot'],
    domains: ['cookiebot.com', 'cookiebot.eu'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'EU',
    source: 'https://www.cookiebot.com/en/cookie-declaration/',
  },
  {
    id: 'onetrust',
    name: 'OneTrust',
    owner: null,
    aliases: ['onetrust', 'one trust', 'optanon'],
    domains: ['onetrust.com', 'cookielaw.org'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'US',
    source: 'https://my.onetrust.com/s/article/UUID-2dc719a8-4be5-8d16-1dc8-c7b4147b88e0',
  },
  {
    id: 'cookieyes',
    name: 'CookieYes',
    owner: null,
    aliases: ['cookieyes', 'cookie yes', 'cookielawinfo', 'gdpr cookie consent'],
    domains: ['cookieyes.com'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'UK',
    source: 'https://www.cookieyes.com/documentation/cookies-set-by-cookieyes/',
  },
  {
    id: 'civic-cookie-control',
    name: 'Civic Cookie Control',
    owner: 'Civic Computing',
    aliases: ['civic', 'cookie control', 'civic cookie control'],
    domains: ['civiccomputing.com'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'UK',
    source: 'https://www.civicuk.com/cookie-control/documentation/cookies',
  },
  {
    id: 'complianz',
    name: 'Complianz',
    owner: null,
    aliases: ['complianz'],
    domains: ['complianz.io'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'EU',
    source: 'https://complianz.io/cookies-set-by-complianz/',
  },
  {
    id: 'termly',
    name: 'Termly',
    owner: null,
    aliases: ['termly'],
    domains: ['termly.io'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'US',
    source: 'https://termly.io/our-cookie-policy/',
  },
  {
    id: 'osano',
    name: 'Osano',
    owner: null,
    aliases: ['osano', 'cookieconsent'],
    domains: ['osano.com'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'US',
    source: 'https://github.com/osano/cookieconsent',
  },
  {
    id: 'moove-gdpr',
    name: 'GDPR Cookie Compliance (Moove)',
    owner: null,
    aliases: ['moove', 'gdpr cookie compliance'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: 'UK',
    source: 'https://wordpress.org/plugins/gdpr-cookie-compliance/',
  },
  {
    id: 'cookie-notice',
    name: 'Cookie Notice & Compliance (Hu-manity.co)',
    owner: null,
    aliases: ['cookie notice', 'cookie notice & compliance'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: 'US',
    source: 'https://wordpress.org/plugins/cookie-notice/',
  },
  {
    id: 'borlabs',
    name: 'Borlabs Cookie',
    owner: null,
    aliases: ['borlabs'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: 'EU',
    source: 'https://borlabs.io/borlabs-cookie/',
  },
  {
    id: 'iubenda',
    name: 'iubenda',
    owner: null,
    aliases: ['iubenda'],
    domains: ['iubenda.com'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'EU',
    source: 'https://www.iubenda.com/en/help/',
  },
  {
    id: 'orestbida-cookieconsent',
    name: 'CookieConsent (orestbida)',
    owner: null,
    aliases: ['cookieconsent v3'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: null,
    source: 'https://github.com/orestbida/cookieconsent',
  },
  {
    id: 'wordpress',
    name: 'WordPress',
    owner: null,
    aliases: ['wordpress', 'word press'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: null,
    source: 'https://developer.wordpress.org/advanced-administration/wordpress/cookies/',
  },
  {
    id: 'jetpack',
    name: 'Jetpack / WordPress.com stats',
    owner: 'Automattic',
    aliases: ['jetpack', 'wordpress.com stats', 'wordpress stats'],
    domains: ['wordpress.com', 'wp.com'],
    defaultCategory: 'analytics',
    basedIn: 'US',
    source: 'https://jetpack.com/support/cookies/',
  },
  {
    id: 'joomla',
    name: 'Joomla',
    owner: null,
    aliases: ['joomla'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: null,
    source: 'https://docs.joomla.org/',
  },
  {
    id: 'drupal',
    name: 'Drupal',
    owner: null,
    aliases: ['drupal'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: null,
    source: 'https://www.drupal.org/docs',
  },
  {
    id: 'umbraco',
    name: 'Umbraco',
    owner: null,
    aliases: ['umbraco'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: null,
    source: 'https://docs.umbraco.com/umbraco-cms/reference/security/cookies',
  },
  {
    id: 'squarespace',
    name: 'Squarespace',
    owner: null,
    aliases: ['squarespace'],
    domains: ['squarespace.com'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'US',
    source: 'https://support.squarespace.com/hc/en-us/articles/360001264507-Cookies-and-visitor-data',
  },
  {
    id: 'wix',
    name: 'Wix',
    owner: null,
    aliases: ['wix'],
    domains: ['wix.com', 'wixsite.com', 'parastorage.com', 'wixstatic.com'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'other',
    source: 'https://support.wix.com/en/article/cookies-and-your-wix-site',
  },
  {
    id: 'weebly',
    name: 'Weebly (Square)',
    owner: 'Block',
    aliases: ['weebly'],
    domains: ['weebly.com', 'editmysite.com'],
    defaultCategory: 'strictly-necessary',
    basedIn: 'US',
    source: 'https://www.weebly.com/privacy',
  },
  {
    id: 'aspnet',
    name: 'ASP.NET (Microsoft)',
    owner: 'Microsoft',
    aliases: ['asp.net', 'aspnet', '.net'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: null,
    source: 'https://learn.microsoft.com/en-us/aspnet/core/fundamentals/app-state',
  },
  {
    id: 'classic-asp',
    name: 'Classic ASP (IIS)',
    owner: 'Microsoft',
    aliases: ['classic asp', 'asp'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: null,
    source: 'checklist.md §C',
  },
  {
    id: 'php',
    name: 'PHP',
    owner: null,
    aliases: ['php'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: null,
    source: 'https://www.php.net/manual/en/session.configuration.php',
  },
  {
    id: 'java-servlet',
    name: 'Java web server',
    owner: null,
    aliases: ['java', 'tomcat'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: null,
    source: 'checklist.md §C',
  },
  {
    id: 'laravel',
    name: 'Laravel',
    owner: null,
    aliases: ['laravel'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: null,
    source: 'https://laravel.com/docs/session',
  },
  {
    id: 'django',
    name: 'Django',
    owner: null,
    aliases: ['django'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: null,
    source: 'https://docs.djangoproject.com/en/stable/ref/settings/',
  },
  {
    id: 'rails',
    name: 'Ruby on Rails',
    owner: null,
    aliases: ['rails', 'ruby on rails'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: null,
    source: 'https://guides.rubyonrails.org/security.html',
  },
  {
    id: 'codeigniter',
    name: 'CodeIgniter',
    owner: null,
    aliases: ['codeigniter'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: null,
    source: 'https://codeigniter.com/userguide3/libraries/sessions.html',
  },
  {
    id: 'coldfusion',
    name: 'Adobe ColdFusion',
    owner: 'Adobe',
    aliases: ['coldfusion'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: null,
    source:
      'https://helpx.adobe.com/coldfusion/developing-applications/developing-cfml-applications/using-persistent-data-and-locking/configuring-and-using-client-variables.html',
  },
  {
    id: 'school-cms',
    name: 'School website CMS',
    owner: null,
    aliases: ['school cms', 'content management system', 'cms'],
    domains: [],
    defaultCategory: 'strictly-necessary',
    basedIn: 'UK',
    source: 'checklist.md §C',
  },
];

/** All vendors. Constant data, validated by the tests rather than at every load (the popup waits on the load). */
export const VENDORS: readonly Vendor[] = VENDOR_DATA;

const BY_ID = new Map(VENDORS.map((v) => [v.id, v]));

export function vendorById(id: string): Vendor | undefined {
  return BY_ID.get(id);
}

// Longest domains first so "translate.google.com" wins over "google.com".
const DOMAIN_INDEX: [string, Vendor][] = VENDORS.flatMap((v) => v.domains.map((d) => [d, v] as [string, Vendor])).sort(
  (a, b) => b[0].length - a[0].length,
);

/** The vendor whose cookie domains include this host (".youtube.com" -> YouTube), if any. */
export function vendorForDomain(domain: string): Vendor | undefined {
  const host = domain.toLowerCase().replace(/^\.+/, '');
  for (const [d, v] of DOMAIN_INDEX) if (host === d || host.endsWith(`.${d}`)) return v;
  return undefined;
}

function cleanLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/\b(cookies?|inc\.?|ltd|limited|llc|embeds?|plugin|widgets?|videos?|pixel|tracking)\b/g, ' ')
    .replace(/[^a-z0-9.&/()-]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

const ALIAS_INDEX = new Map<string, Vendor>();
for (const v of VENDORS) for (const a of v.aliases) if (!ALIAS_INDEX.has(a)) ALIAS_INDEX.set(a, v);
for (const v of VENDORS) for (const a of v.aliases) if (!ALIAS_INDEX.has(cleanLabel(a))) ALIAS_INDEX.set(cleanLabel(a), v);

/** The vendor a table cell or label names ("YouTube", "Google Analytics cookies", "Facebook widgets"), if exactly one. */
export function vendorForLabel(label: string): Vendor | undefined {
  const raw = label.trim().toLowerCase();
  if (raw.length > 60) return undefined;
  return ALIAS_INDEX.get(raw) ?? ALIAS_INDEX.get(cleanLabel(label));
}

// Longest aliases first, so "google analytics" is consumed before "google" can match inside it.
const PROSE_ALIASES = [...ALIAS_INDEX.entries()]
  .filter(
    ([alias, v]) => alias.length >= 4 && v.id !== 'school-cms' && !['cookie notice', 'cookie control', 'meta', 'java'].includes(alias),
  )
  .sort((a, b) => b[0].length - a[0].length)
  .map(([alias, v]) => [new RegExp(`(?<![a-z0-9])${escapeRegExp(alias)}(?![a-z0-9])`, 'g'), v] as const);

// Several cookie checks ask about the same notice prose in one audit: the last answer is kept.
let lastProse: { text: string; vendors: readonly Vendor[] } | null = null;

/** Vendors named anywhere in a piece of prose (word-bounded aliases of 4+ characters, so "x" and "fb" never match prose). */
export function vendorsNamedIn(text: string): Vendor[] {
  if (lastProse?.text !== text) lastProse = { text, vendors: findVendorsNamedIn(text) };
  return [...lastProse.vendors];
}

function findVendorsNamedIn(text: string): Vendor[] {
  // Browsers are not cookie-setting services: "Google Chrome" in a list of browser instructions names no vendor.
  // Addresses are left out too: "support.google.com/chrome" or a policy URL in a YouTube row is not a named setter.
  let lower = text
    .slice(0, 200_000)
    .toLowerCase()
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/\bgoogle chrome\b|\bchrome\b|\bmicrosoft edge\b|\binternet explorer\b/g, ' ');
  const found = new Set<Vendor>();
  for (const [re, v] of PROSE_ALIASES) {
    re.lastIndex = 0;
    if (!re.test(lower)) continue;
    found.add(v);
    lower = lower.replace(re, ' ');
  }
  return [...found];
}

/** True when a row naming `declared` covers a cookie set by `actual` (same vendor, or the declared name is the parent company). */
export function vendorCovers(declared: Vendor, actual: Vendor): boolean {
  if (declared.id === actual.id) return true;
  // A "Google" row covers Google's own products (YouTube, Analytics, reCAPTCHA): it names who sets them.
  return declared.id === 'google' && actual.owner === 'Google';
}
