// Knowledge base of cookies common on UK school websites: who sets each, why, for how long, and the public source.
import { z } from 'zod';
import { CookieCategorySchema, VENDORS, vendorById, type CookieCategory, type Vendor } from './vendors';
import { parseDurationSeconds } from './durations';
import { compileNamePattern, type NamePattern } from './names';

export const KNOWN_COOKIES_VERSION = '2026.11';
/** The date these facts were last checked against the sources named on each entry. */
export const KNOWN_COOKIES_VERIFIED = '2026-11-23';

export const KnownCookieSchema = z
  .object({
    /** The name as a cookie table would write it; placeholders (<id>, *) mark the variable part. "re:" = a regex source. */
    name: z.string().min(2).max(120),
    vendor: z.string().refine((id) => VENDORS.some((v) => v.id === id), 'unknown vendor id'),
    category: CookieCategorySchema,
    /** Typical lifetime as the source states it ("2 years", "session"), or null when unsure. */
    lifetime: z.string().min(3).nullable(),
    /** Where the cookie is normally set: the school's own domain, the vendor's domain, or either. */
    setOn: z.enum(['site', 'vendor', 'either']),
    /** Restrict the match to these domains (generic names such as "csrftoken" mean Instagram only on instagram.com). */
    domains: z.array(z.string()).optional(),
    /** Public source: a vendor documentation URL or "checklist.md §C". */
    source: z
      .string()
      .refine((s) => /^https:\/\/\S+$/.test(s) || s === 'checklist.md §C', 'source must be an https URL or "checklist.md §C"'),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.lifetime !== null && parseDurationSeconds(c.lifetime) === null)
      ctx.addIssue({ code: 'custom', message: `lifetime "${c.lifetime}" of ${c.name} does not parse` });
    if (c.lifetime === null && !c.note) ctx.addIssue({ code: 'custom', message: `${c.name}: an unknown lifetime needs a note saying why` });
  });
export type KnownCookie = z.infer<typeof KnownCookieSchema>;

type Where = KnownCookie['setOn'];

// Source URLs used by many entries.
const GA4 = 'https://support.google.com/analytics/answer/11397207';
const UA = 'https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage';
const GOOGLE = 'https://policies.google.com/technologies/cookies';
const C = 'checklist.md §C';

/** Compact row builder: name, vendor id, category, lifetime (null = unsure), where set, source, note. */
function k(
  name: string,
  vendor: string,
  category: CookieCategory,
  lifetime: string | null,
  setOn: Where,
  source: string | null,
  note?: string,
  domains?: string[],
): KnownCookie {
  const src = source ?? vendorById(vendor)?.source ?? C;
  return { name, vendor, category, lifetime, setOn, source: src, ...(note ? { note } : {}), ...(domains ? { domains } : {}) };
}

const UNSURE = 'lifetime not stated consistently in public sources';

// Written as the schema's output (it has no defaults), so no audit parses it: the tests validate it against KnownCookieSchema.
const DATA: KnownCookie[] = [
  // Google Analytics (GA4, Universal Analytics, legacy ga.js): first-party analytics.
  k('_ga', 'google-analytics', 'analytics', '2 years', 'site', GA4),
  k(
    '_ga_<container-id>',
    'google-analytics',
    'analytics',
    '2 years',
    'site',
    GA4,
    'GA4 session state; the suffix is the measurement ID without "G-"',
  ),
  k('_gid', 'google-analytics', 'analytics', '24 hours', 'site', UA),
  k('_gat', 'google-analytics', 'analytics', '1 minute', 'site', UA, 'request throttling'),
  k('_gat_<property-id>', 'google-analytics', 'analytics', '1 minute', 'site', UA, 'request throttling, one per tracker'),
  k('_dc_gtm_<property-id>', 'google-analytics', 'analytics', '1 minute', 'site', UA, 'throttling when loaded through Google Tag Manager'),
  k('AMP_TOKEN', 'google-analytics', 'analytics', null, 'site', UA, 'between 30 seconds and 1 year depending on the AMP client ID service'),
  k('_gac_<property-id>', 'google-analytics', 'advertising', '90 days', 'site', UA, 'Google Ads campaign linkage'),
  k('__utma', 'google-analytics', 'analytics', '2 years', 'site', C, 'legacy ga.js'),
  k('__utmb', 'google-analytics', 'analytics', '30 minutes', 'site', C, 'legacy ga.js'),
  k('__utmc', 'google-analytics', 'analytics', 'session', 'site', C, 'legacy ga.js'),
  k('__utmt', 'google-analytics', 'analytics', '10 minutes', 'site', C, 'legacy ga.js'),
  k('__utmt_<tracker>', 'google-analytics', 'analytics', '10 minutes', 'site', C, 'legacy ga.js, named tracker'),
  k('__utmz', 'google-analytics', 'analytics', '6 months', 'site', C, 'legacy ga.js'),
  k('__utmv', 'google-analytics', 'analytics', '2 years', 'site', C, 'legacy ga.js custom variables'),
  // Google advertising.
  k('_gcl_au', 'google-ads', 'advertising', '90 days', 'site', C, 'Google Ads conversion linker'),
  k('_gcl_aw', 'google-ads', 'advertising', '90 days', 'site', GOOGLE),
  k('_gcl_dc', 'google-ads', 'advertising', '90 days', 'site', GOOGLE),
  k('__gads', 'google-ads', 'advertising', '13 months', 'site', GOOGLE),
  k('__gpi', 'google-ads', 'advertising', '13 months', 'site', GOOGLE),
  k('IDE', 'doubleclick', 'advertising', '13 months', 'vendor', GOOGLE, '13 months in the UK and EEA'),
  k('test_cookie', 'doubleclick', 'advertising', '15 minutes', 'vendor', GOOGLE, 'checks whether the browser accepts cookies'),
  k('DSID', 'doubleclick', 'advertising', '2 weeks', 'vendor', GOOGLE),
  // Google accounts, Maps, Search and reCAPTCHA (google.com): present when an embed or widget loads.
  k('NID', 'google', 'embed', '6 months', 'vendor', GOOGLE, 'preferences and ads; set by Maps and other Google embeds'),
  k('AEC', 'google', 'strictly-necessary', '6 months', 'vendor', GOOGLE, 'prevents spam requests'),
  k('SOCS', 'google', 'strictly-necessary', '13 months', 'vendor', GOOGLE, "stores the user's cookie choices"),
  k('CONSENT', 'google', 'strictly-necessary', '2 years', 'vendor', GOOGLE, 'older consent cookie, replaced by SOCS'),
  k('__Secure-ENID', 'google', 'functional', '13 months', 'vendor', GOOGLE),
  k('SID', 'google', 'functional', '2 years', 'vendor', GOOGLE, 'signed-in Google account', ['google.com', 'youtube.com']),
  k('HSID', 'google', 'functional', '2 years', 'vendor', GOOGLE, 'signed-in Google account'),
  k('SSID', 'google', 'functional', '2 years', 'vendor', GOOGLE, 'signed-in Google account'),
  k('APISID', 'google', 'functional', '2 years', 'vendor', GOOGLE, 'signed-in Google account'),
  k('SAPISID', 'google', 'functional', '2 years', 'vendor', GOOGLE, 'signed-in Google account'),
  k('__Secure-1PSID', 'google', 'functional', '2 years', 'vendor', GOOGLE, 'signed-in Google account'),
  k('__Secure-3PSID', 'google', 'advertising', '2 years', 'vendor', GOOGLE, 'signed-in Google account, cross-site'),
  k('__Secure-1PAPISID', 'google', 'functional', '2 years', 'vendor', GOOGLE, 'signed-in Google account'),
  k('__Secure-3PAPISID', 'google', 'advertising', '2 years', 'vendor', GOOGLE, 'signed-in Google account, cross-site'),
  k('SIDCC', 'google', 'strictly-necessary', '1 year', 'vendor', GOOGLE, 'security'),
  k('__Secure-1PSIDCC', 'google', 'strictly-necessary', '1 year', 'vendor', GOOGLE, 'security'),
  k('__Secure-3PSIDCC', 'google', 'advertising', '1 year', 'vendor', GOOGLE, 'security, cross-site'),
  k('1P_JAR', 'google', 'advertising', '1 month', 'vendor', GOOGLE, 'retired by Google; still seen on old captures'),
  k('_GRECAPTCHA', 'google-recaptcha', 'strictly-necessary', '6 months', 'vendor', GOOGLE, 'bot protection on the forms it guards', [
    'google.com',
    'recaptcha.net',
  ]),
  k('googtrans', 'google-translate', 'functional', 'session', 'site', C, 'language chosen in the Google Translate widget'),
  // YouTube embeds (youtube.com, youtube-nocookie.com).
  k('YSC', 'youtube', 'embed', 'session', 'vendor', GOOGLE, 'YouTube embed; counts views and prevents abuse'),
  k('VISITOR_INFO1_LIVE', 'youtube', 'embed', '6 months', 'vendor', GOOGLE, 'YouTube embed; bandwidth estimate and recommendations'),
  k('VISITOR_PRIVACY_METADATA', 'youtube', 'embed', '6 months', 'vendor', GOOGLE, "stores the visitor's consent state for YouTube"),
  k('PREF', 'youtube', 'embed', '8 months', 'vendor', GOOGLE, 'player preferences'),
  k('GPS', 'youtube', 'embed', '30 minutes', 'vendor', GOOGLE, 'location on mobile devices'),
  k('LOGIN_INFO', 'youtube', 'functional', '2 years', 'vendor', GOOGLE, 'signed-in YouTube user'),
  k('__Secure-ROLLOUT_TOKEN', 'youtube', 'embed', null, 'vendor', GOOGLE, UNSURE),
  k('__Secure-YEC', 'youtube', 'embed', null, 'vendor', GOOGLE, UNSURE),
  // Vimeo embeds.
  k('vuid', 'vimeo', 'embed', '2 years', 'vendor', null, 'Vimeo analytics ID'),
  k('player', 'vimeo', 'embed', '1 year', 'vendor', null, 'player preferences', ['vimeo.com']),
  k('continuous_play_v3', 'vimeo', 'embed', null, 'vendor', null, UNSURE),
  // Cloudflare (on the school's domain when the site is behind Cloudflare, or on a vendor's domain).
  k('__cf_bm', 'cloudflare', 'strictly-necessary', '30 minutes', 'either', null, 'bot management'),
  k('_cfuvid', 'cloudflare', 'strictly-necessary', 'session', 'either', null, 'rate limiting'),
  k(
    'cf_clearance',
    'cloudflare',
    'strictly-necessary',
    null,
    'either',
    null,
    "lifetime is the site's Challenge Passage setting (checklist.md §C saw 1 year on Vimeo)",
  ),
  k('__cflb', 'cloudflare', 'strictly-necessary', null, 'either', null, 'load-balancer session affinity; lifetime set by the site'),
  k('__cfruid', 'cloudflare', 'strictly-necessary', 'session', 'either', null, 'rate limiting (older)'),
  k('__cfwaitingroom', 'cloudflare', 'strictly-necessary', null, 'either', null, 'waiting-room queue position; lifetime set by the site'),
  k('cf_chl_*', 'cloudflare', 'strictly-necessary', null, 'either', null, 'challenge state; short-lived'),
  k('cf_ob_info', 'cloudflare', 'strictly-necessary', null, 'either', null, 'Always Online; short-lived'),
  k('cf_use_ob', 'cloudflare', 'strictly-necessary', null, 'either', null, 'Always Online; short-lived'),
  // AWS, Azure, Akamai, Imperva: load balancing and bot protection.
  k('AWSALB', 'aws-elb', 'strictly-necessary', '7 days', 'site', null, 'load-balancer stickiness'),
  k('AWSALBCORS', 'aws-elb', 'strictly-necessary', '7 days', 'site', null, 'load-balancer stickiness for cross-origin requests'),
  k('AWSALBTG', 'aws-elb', 'strictly-necessary', '7 days', 'site', null, 'target-group stickiness'),
  k('AWSALBTGCORS', 'aws-elb', 'strictly-necessary', '7 days', 'site', null, 'target-group stickiness'),
  k('AWSELB', 'aws-elb', 'strictly-necessary', null, 'site', null, 'Classic Load Balancer; lifetime set by the stickiness policy'),
  k('AWSALBAPP-<n>', 'aws-elb', 'strictly-necessary', null, 'site', null, 'application-based stickiness; lifetime set by the application'),
  k('ARRAffinity', 'azure-app-service', 'strictly-necessary', 'session', 'site', null, 'instance affinity'),
  k('ARRAffinitySameSite', 'azure-app-service', 'strictly-necessary', 'session', 'site', null, 'instance affinity (SameSite=None copy)'),
  k('TiPMix', 'azure-app-service', 'strictly-necessary', null, 'site', null, 'testing-in-production routing; short-lived'),
  k('x-ms-routing-name', 'azure-app-service', 'strictly-necessary', null, 'site', null, 'testing-in-production routing'),
  k(
    '_abck',
    'akamai',
    'strictly-necessary',
    '1 year',
    'site',
    null,
    'Akamai Bot Manager; durations from public cookie declarations, verify',
  ),
  k('ak_bmsc', 'akamai', 'strictly-necessary', '2 hours', 'site', null, 'Akamai Bot Manager; verify'),
  k('bm_sz', 'akamai', 'strictly-necessary', '4 hours', 'site', null, 'Akamai Bot Manager; verify'),
  k('bm_sv', 'akamai', 'strictly-necessary', '2 hours', 'site', null, 'Akamai Bot Manager; verify'),
  k('bm_mi', 'akamai', 'strictly-necessary', null, 'site', null, `Akamai Bot Manager; ${UNSURE}`),
  k('visid_incap_<site-id>', 'imperva', 'strictly-necessary', '1 year', 'site', null, 'Incapsula visitor ID for bot protection'),
  k('incap_ses_<proxy-id>_<site-id>', 'imperva', 'strictly-necessary', 'session', 'site', null, 'Incapsula session'),
  k('nlbi_<site-id>', 'imperva', 'strictly-necessary', 'session', 'site', null, 'Incapsula load balancing'),
  k('___utmvc', 'imperva', 'strictly-necessary', null, 'site', null, `Incapsula bot check; ${UNSURE}`),
  k('reese84', 'imperva', 'strictly-necessary', null, 'site', null, `Imperva Advanced Bot Protection; ${UNSURE}`),
  // Meta (Facebook pixel first-party cookies; facebook.com cookies from widgets and embeds).
  k(
    '_fbp',
    'facebook',
    'advertising',
    '90 days',
    'site',
    'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc',
    'Meta Pixel browser ID',
  ),
  k(
    '_fbc',
    'facebook',
    'advertising',
    '90 days',
    'site',
    'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc',
    'Meta Pixel click ID',
  ),
  k('fr', 'facebook', 'advertising', '90 days', 'vendor', null, 'ad delivery', ['facebook.com']),
  k('datr', 'facebook', 'strictly-necessary', '2 years', 'vendor', null, 'identifies the browser for security', ['facebook.com']),
  k('sb', 'facebook', 'strictly-necessary', '2 years', 'vendor', null, 'security', ['facebook.com']),
  k('c_user', 'facebook', 'functional', null, 'vendor', null, `signed-in user; ${UNSURE}`, ['facebook.com']),
  k('xs', 'facebook', 'functional', null, 'vendor', null, `signed-in session; ${UNSURE}`, ['facebook.com']),
  k('wd', 'facebook', 'functional', '7 days', 'vendor', null, 'window size', ['facebook.com']),
  k('dpr', 'facebook', 'functional', '7 days', 'vendor', null, 'screen pixel ratio', ['facebook.com']),
  k('locale', 'facebook', 'functional', '7 days', 'vendor', null, 'language', ['facebook.com']),
  k('presence', 'facebook', 'functional', 'session', 'vendor', null, 'chat state', ['facebook.com']),
  // Instagram embeds.
  k('csrftoken', 'instagram', 'strictly-necessary', null, 'vendor', null, `Instagram CSRF token; ${UNSURE}`, ['instagram.com']),
  k('mid', 'instagram', 'embed', null, 'vendor', null, `Instagram browser ID; ${UNSURE}`, ['instagram.com']),
  k('ig_did', 'instagram', 'embed', null, 'vendor', null, `Instagram device ID; ${UNSURE}`),
  k('ig_nrcb', 'instagram', 'embed', null, 'vendor', null, UNSURE),
  k('ds_user_id', 'instagram', 'functional', null, 'vendor', null, `signed-in user; ${UNSURE}`),
  k('rur', 'instagram', 'strictly-necessary', 'session', 'vendor', null, 'data-centre routing', ['instagram.com']),
  k('sessionid', 'instagram', 'functional', null, 'vendor', null, `signed-in session; ${UNSURE}`, ['instagram.com']),
  // X (Twitter) widgets.
  k('guest_id', 'x-twitter', 'advertising', null, 'vendor', null, 'up to about 2 years (checklist.md §C); verify'),
  k('guest_id_ads', 'x-twitter', 'advertising', null, 'vendor', null, 'up to about 2 years; verify'),
  k('guest_id_marketing', 'x-twitter', 'advertising', null, 'vendor', null, 'up to about 2 years; verify'),
  k('personalization_id', 'x-twitter', 'advertising', null, 'vendor', null, 'up to about 2 years (checklist.md §C); verify'),
  k('muc_ads', 'x-twitter', 'advertising', null, 'vendor', null, 'up to about 2 years (checklist.md §C); verify'),
  k('ct0', 'x-twitter', 'strictly-necessary', null, 'vendor', null, `CSRF token; ${UNSURE}`, ['twitter.com', 'x.com']),
  k('auth_token', 'x-twitter', 'functional', null, 'vendor', null, `signed-in user; ${UNSURE}`, ['twitter.com', 'x.com']),
  k('twid', 'x-twitter', 'functional', null, 'vendor', null, `signed-in user; ${UNSURE}`, ['twitter.com', 'x.com']),
  k('_twitter_sess', 'x-twitter', 'strictly-necessary', 'session', 'vendor', null, 'session'),
  // LinkedIn.
  k('bcookie', 'linkedin', 'advertising', '1 year', 'vendor', null, 'browser ID'),
  k('bscookie', 'linkedin', 'strictly-necessary', '1 year', 'vendor', null, 'secure browser ID'),
  k('lidc', 'linkedin', 'strictly-necessary', '24 hours', 'vendor', null, 'data-centre routing'),
  k('li_gc', 'linkedin', 'strictly-necessary', '6 months', 'vendor', null, "stores the visitor's cookie consent"),
  k('UserMatchHistory', 'linkedin', 'advertising', '30 days', 'vendor', null, 'ad ID syncing'),
  k('AnalyticsSyncHistory', 'linkedin', 'analytics', '30 days', 'vendor', null, 'analytics syncing'),
  k('li_sugr', 'linkedin', 'advertising', '90 days', 'vendor', null, 'browser ID probability'),
  k('lms_ads', 'linkedin', 'advertising', '30 days', 'vendor', null, 'ad attribution'),
  k('lms_analytics', 'linkedin', 'analytics', '30 days', 'vendor', null, 'analytics'),
  k('_guid', 'linkedin', 'advertising', '90 days', 'vendor', null, 'Google advertising ID on LinkedIn'),
  k('li_at', 'linkedin', 'functional', '1 year', 'vendor', null, 'signed-in member'),
  k('lang', 'linkedin', 'functional', 'session', 'vendor', null, 'language', ['linkedin.com']),
  // TikTok.
  k('_ttp', 'tiktok', 'advertising', '13 months', 'site', null, 'TikTok Pixel'),
  k('_tt_enable_cookie', 'tiktok', 'advertising', '13 months', 'site', null, 'TikTok Pixel'),
  k('ttwid', 'tiktok', 'embed', '1 year', 'vendor', null, 'TikTok embed visitor ID'),
  k('tt_chain_token', 'tiktok', 'embed', null, 'vendor', null, UNSURE),
  k('tt_csrf_token', 'tiktok', 'strictly-necessary', 'session', 'vendor', null, 'CSRF token'),
  k('msToken', 'tiktok', 'embed', null, 'vendor', null, UNSURE),
  k('tt_webid', 'tiktok', 'embed', null, 'vendor', null, UNSURE),
  k('tt_webid_v2', 'tiktok', 'embed', null, 'vendor', null, UNSURE),
  // Pinterest.
  k('_pin_unauth', 'pinterest', 'advertising', '1 year', 'site', null, 'Pinterest tag'),
  k('_pinterest_sess', 'pinterest', 'functional', null, 'vendor', null, UNSURE),
  // Microsoft Clarity and Microsoft Advertising.
  k('_clck', 'microsoft-clarity', 'analytics', '1 year', 'site', null, 'Clarity user ID; session recording'),
  k('_clsk', 'microsoft-clarity', 'analytics', '1 day', 'site', null, 'Clarity session'),
  k('CLID', 'microsoft-clarity', 'analytics', '1 year', 'vendor', null, 'Clarity user ID'),
  k('ANONCHK', 'microsoft-clarity', 'advertising', '10 minutes', 'vendor', null, 'MUID transfer check'),
  k('MR', 'microsoft-clarity', 'advertising', '7 days', 'vendor', null, 'MUID refresh'),
  k('SM', 'microsoft-clarity', 'analytics', 'session', 'vendor', null, 'MUID synchronisation', ['clarity.ms']),
  k('MUID', 'microsoft-advertising', 'advertising', '1 year', 'vendor', null, 'Microsoft user ID (Bing, Clarity)'),
  k('_uetsid', 'microsoft-advertising', 'advertising', '1 day', 'site', null, 'UET tag'),
  k('_uetvid', 'microsoft-advertising', 'advertising', '13 months', 'site', null, 'UET tag'),
  // Hotjar.
  k('_hjSessionUser_<site-id>', 'hotjar', 'analytics', '1 year', 'site', null, 'Hotjar user ID; records individual sessions'),
  k('_hjSession_<site-id>', 'hotjar', 'analytics', '30 minutes', 'site', null, 'current session'),
  k('_hjid', 'hotjar', 'analytics', '1 year', 'site', null, 'older Hotjar user ID'),
  k('_hjClosedSurveyInvites', 'hotjar', 'functional', '1 year', 'site', null, 'survey invitation dismissed'),
  k('_hjDonePolls', 'hotjar', 'functional', '1 year', 'site', null, 'poll completed'),
  k('_hjMinimizedPolls', 'hotjar', 'functional', '1 year', 'site', null, 'poll minimised'),
  k('_hjShownFeedbackMessage', 'hotjar', 'functional', '1 year', 'site', null, 'feedback widget state'),
  k('_hjTLDTest', 'hotjar', 'analytics', 'session', 'site', null, 'finds the most generic cookie path'),
  k('_hjUserAttributesHash', 'hotjar', 'analytics', 'session', 'site', null, 'user attributes changed'),
  k('_hjCachedUserAttributes', 'hotjar', 'analytics', 'session', 'site', null, 'user attributes'),
  k('_hjLocalStorageTest', 'hotjar', 'analytics', null, 'site', null, 'storage test, deleted at once'),
  k('_hjSessionStorageTest', 'hotjar', 'analytics', null, 'site', null, 'storage test, deleted at once'),
  k('_hjIncludedInPageviewSample', 'hotjar', 'analytics', '30 minutes', 'site', null, 'sampling'),
  k('_hjIncludedInSessionSample', 'hotjar', 'analytics', null, 'site', null, 'sampling; documented as 30 minutes and earlier as 2 minutes'),
  k('_hjAbsoluteSessionInProgress', 'hotjar', 'analytics', '30 minutes', 'site', null, 'first page view of a session'),
  k('_hjFirstSeen', 'hotjar', 'analytics', '30 minutes', 'site', null, 'first session of a new user'),
  k('_hjRecordingEnabled', 'hotjar', 'analytics', 'session', 'site', null, 'recording active'),
  k('_hjRecordingLastActivity', 'hotjar', 'analytics', 'session', 'site', null, 'recording activity'),
  // Matomo (self-hosted or Matomo Cloud): first-party analytics.
  k('_pk_id.<site-id>.<hash>', 'matomo', 'analytics', '13 months', 'site', null, 'visitor ID'),
  k('_pk_ses.<site-id>.<hash>', 'matomo', 'analytics', '30 minutes', 'site', null, 'session'),
  k('_pk_ref.<site-id>.<hash>', 'matomo', 'analytics', '6 months', 'site', null, 'referrer attribution'),
  k('_pk_cvar.<site-id>.<hash>', 'matomo', 'analytics', '30 minutes', 'site', null, 'custom variables'),
  k('_pk_hsr.<site-id>.<hash>', 'matomo', 'analytics', '30 minutes', 'site', null, 'heatmaps and session recordings'),
  k('_pk_testcookie.<site-id>.<hash>', 'matomo', 'analytics', null, 'site', null, 'cookie support test, deleted at once'),
  k('mtm_consent', 'matomo', 'strictly-necessary', null, 'site', null, `records consent to Matomo tracking; ${UNSURE}`),
  k('mtm_consent_removed', 'matomo', 'strictly-necessary', null, 'site', null, `records withdrawn consent; ${UNSURE}`),
  k('mtm_cookie_consent', 'matomo', 'strictly-necessary', null, 'site', null, `records consent to Matomo cookies; ${UNSURE}`),
  k('MATOMO_SESSID', 'matomo', 'strictly-necessary', 'session', 'either', null, "Matomo's own interface and opt-out form"),
  // Adobe Analytics.
  k('s_cc', 'adobe-analytics', 'analytics', 'session', 'site', null, 'cookie check'),
  k('s_sq', 'adobe-analytics', 'analytics', 'session', 'site', null, 'previous link clicked'),
  k('s_vi', 'adobe-analytics', 'analytics', '2 years', 'vendor', null, 'visitor ID'),
  k('s_fid', 'adobe-analytics', 'analytics', '2 years', 'site', null, 'fallback visitor ID'),
  k('s_ecid', 'adobe-analytics', 'analytics', '2 years', 'site', null, 'Experience Cloud ID copy'),
  k('AMCV_<org-id>', 'adobe-analytics', 'analytics', '2 years', 'site', null, 'Experience Cloud visitor ID'),
  k('AMCVS_<org-id>', 'adobe-analytics', 'analytics', 'session', 'site', null, 'Experience Cloud session flag'),
  // Yandex Metrica.
  k('_ym_uid', 'yandex-metrica', 'analytics', '1 year', 'site', null, 'visitor ID'),
  k('_ym_d', 'yandex-metrica', 'analytics', '1 year', 'site', null, 'first visit date'),
  k('_ym_isad', 'yandex-metrica', 'advertising', null, 'site', null, `ad-blocker check; ${UNSURE}`),
  k('yandexuid', 'yandex-metrica', 'advertising', null, 'vendor', null, UNSURE),
  // Siteimprove, HubSpot, AddThis, tawk.to, Issuu, Stripe, Jetpack.
  k('nmstat', 'siteimprove', 'analytics', '1000 days', 'site', null, 'Siteimprove Analytics visitor ID'),
  k('siteimproveses', 'siteimprove', 'analytics', 'session', 'site', null, 'Siteimprove Analytics session'),
  k('__hstc', 'hubspot', 'analytics', null, 'site', null, 'visitor tracking; HubSpot has stated 13 months and, earlier, 6 months'),
  k('hubspotutk', 'hubspot', 'analytics', null, 'site', null, 'visitor identity; HubSpot has stated 13 months and, earlier, 6 months'),
  k('__hssc', 'hubspot', 'analytics', '30 minutes', 'site', null, 'session counting'),
  k('__hssrc', 'hubspot', 'analytics', 'session', 'site', null, 'browser restart detection'),
  k('messagesUtk', 'hubspot', 'functional', null, 'site', null, `chat widget visitor ID; ${UNSURE}`),
  k('__atuvc', 'addthis', 'advertising', '13 months', 'site', C, 'share counter; AddThis closed in 2023 but old embeds remain'),
  k('__atuvs', 'addthis', 'advertising', '30 minutes', 'site', C, 'share counter session'),
  k('TawkConnectionTime', 'tawk', 'functional', 'session', 'site', null, 'chat connection'),
  k('twk_uuid_<property-id>', 'tawk', 'functional', null, 'site', null, `chat visitor ID; ${UNSURE}`),
  k('twk_idm_key', 'tawk', 'functional', null, 'site', null, `chat session key; ${UNSURE}`),
  k('iutk', 'issuu', 'embed', null, 'vendor', null, `Issuu document embed visitor ID; ${UNSURE}`),
  k('__stripe_mid', 'stripe', 'strictly-necessary', '1 year', 'site', null, 'fraud prevention on payment forms'),
  k('__stripe_sid', 'stripe', 'strictly-necessary', '30 minutes', 'site', null, 'fraud prevention on payment forms'),
  k('tk_ai', 'jetpack', 'analytics', null, 'site', null, `WordPress.com stats visitor ID; ${UNSURE}`),
  k('tk_qs', 'jetpack', 'analytics', null, 'site', null, `WordPress.com stats queue; ${UNSURE}`),
  k('tk_tc', 'jetpack', 'analytics', null, 'site', null, `WordPress.com stats; ${UNSURE}`),
  // Consent managers: they record the visitor's choice, which is strictly necessary.
  k('CookieConsent', 'cookiebot', 'strictly-necessary', '1 year', 'site', null, "stores the visitor's consent"),
  k('CookieConsentBulkSetting-<id>', 'cookiebot', 'strictly-necessary', null, 'site', null, `cross-domain consent; ${UNSURE}`),
  k('OptanonConsent', 'onetrust', 'strictly-necessary', '1 year', 'site', C, "stores the visitor's consent"),
  k('OptanonAlertBoxClosed', 'onetrust', 'strictly-necessary', '1 year', 'site', C, 'banner dismissed'),
  k(
    'eupubconsent-v2',
    'onetrust',
    'strictly-necessary',
    null,
    'site',
    null,
    `IAB TCF consent string, also used by other consent tools; ${UNSURE}`,
  ),
  k('cookieyes-consent', 'cookieyes', 'strictly-necessary', '1 year', 'site', null, "stores the visitor's consent"),
  k(
    'cookielawinfo-checkbox-<category>',
    'cookieyes',
    'strictly-necessary',
    '11 months',
    'site',
    C,
    'GDPR Cookie Consent (CookieLawInfo) plugin',
  ),
  k('viewed_cookie_policy', 'cookieyes', 'strictly-necessary', '11 months', 'site', C, 'GDPR Cookie Consent (CookieLawInfo) plugin'),
  k('CookieLawInfoConsent', 'cookieyes', 'strictly-necessary', '11 months', 'site', C, 'GDPR Cookie Consent (CookieLawInfo) plugin'),
  k(
    'CookieControl',
    'civic-cookie-control',
    'strictly-necessary',
    '90 days',
    'site',
    null,
    'default consent lifetime; the site can change it',
  ),
  k('cmplz_<category>', 'complianz', 'strictly-necessary', '1 year', 'site', null, 'consent per category (default 365 days)'),
  k('cmplz_banner-status', 'complianz', 'strictly-necessary', '1 year', 'site', null, 'banner dismissed'),
  k('cmplz_consented_services', 'complianz', 'strictly-necessary', '1 year', 'site', null, 'consent per service'),
  k('cmplz_policy_id', 'complianz', 'strictly-necessary', '1 year', 'site', null, 'policy version consented to'),
  k('osano_consentmanager', 'osano', 'strictly-necessary', '1 year', 'site', 'https://docs.osano.com/', "stores the visitor's consent"),
  k('osano_consentmanager_uuid', 'osano', 'strictly-necessary', '1 year', 'site', 'https://docs.osano.com/', 'consent record ID'),
  k('cookieconsent_status', 'osano', 'strictly-necessary', '1 year', 'site', C, 'open-source cookieconsent banner (default 365 days)'),
  k('moove_gdpr_popup', 'moove-gdpr', 'strictly-necessary', '1 year', 'site', C, "stores the visitor's consent"),
  k('cookie_notice_accepted', 'cookie-notice', 'strictly-necessary', null, 'site', C, 'lifetime is a plugin setting'),
  k(
    'hu-consent',
    'cookie-notice',
    'strictly-necessary',
    null,
    'site',
    null,
    'Cookie Compliance by Hu-manity.co; lifetime is a plugin setting',
  ),
  k('borlabs-cookie', 'borlabs', 'strictly-necessary', '1 year', 'site', null, "stores the visitor's consent"),
  k('_iub_cs-<site-id>', 'iubenda', 'strictly-necessary', null, 'site', null, `stores the visitor's consent; ${UNSURE}`),
  k('cc_cookie', 'orestbida-cookieconsent', 'strictly-necessary', '182 days', 'site', C, "stores the visitor's consent (library default)"),
  // WordPress core.
  k('wordpress_<hash>', 'wordpress', 'strictly-necessary', 'session', 'site', null, 'logged-in editors (admin area)'),
  k('wordpress_sec_<hash>', 'wordpress', 'strictly-necessary', 'session', 'site', null, 'logged-in editors over HTTPS'),
  k(
    'wordpress_logged_in_<hash>',
    'wordpress',
    'strictly-necessary',
    'session',
    'site',
    null,
    'logged-in users; 14 days with "Remember me"',
  ),
  k('wordpress_test_cookie', 'wordpress', 'strictly-necessary', 'session', 'site', null, 'checks cookies are enabled at login'),
  k('wp-settings-<uid>', 'wordpress', 'functional', '1 year', 'site', null, 'editor interface settings'),
  k('wp-settings-time-<uid>', 'wordpress', 'functional', '1 year', 'site', null, 'editor interface settings'),
  k('comment_author_<hash>', 'wordpress', 'functional', '347 days', 'site', null, 'remembers a commenter (30,000,000 seconds)'),
  k('comment_author_email_<hash>', 'wordpress', 'functional', '347 days', 'site', null, 'remembers a commenter'),
  k('comment_author_url_<hash>', 'wordpress', 'functional', '347 days', 'site', null, 'remembers a commenter'),
  k('wp-postpass_<hash>', 'wordpress', 'strictly-necessary', '10 days', 'site', null, 'password-protected post access'),
  k('wp_lang', 'wordpress', 'functional', 'session', 'site', null, 'login screen language'),
  // Joomla, Drupal, Umbraco.
  k(
    're:^[0-9a-f]{32}$',
    'joomla',
    'strictly-necessary',
    'session',
    'site',
    null,
    'Joomla session (the name is a hash); other software also uses 32-hex names',
  ),
  k('joomla_user_state', 'joomla', 'strictly-necessary', 'session', 'site', null, 'login state'),
  k('joomla_remember_me_<hash>', 'joomla', 'functional', null, 'site', null, `"Remember me" login; ${UNSURE}`),
  k('SESS<hash>', 'drupal', 'strictly-necessary', '23 days', 'site', null, 'Drupal session; default cookie_lifetime 2,000,000 seconds'),
  k(
    'SSESS<hash>',
    'drupal',
    'strictly-necessary',
    '23 days',
    'site',
    null,
    'Drupal session over HTTPS; default cookie_lifetime 2,000,000 seconds',
  ),
  k('Drupal.visitor.<name>', 'drupal', 'functional', null, 'site', null, `remembers form values; ${UNSURE}`),
  k('has_js', 'drupal', 'functional', 'session', 'site', null, 'Drupal 7 JavaScript check'),
  k('UMB_UCONTEXT', 'umbraco', 'strictly-necessary', 'session', 'site', null, 'back-office login'),
  k('UMB-XSRF-TOKEN', 'umbraco', 'strictly-necessary', 'session', 'site', null, 'back-office CSRF protection'),
  k('UMB-XSRF-V', 'umbraco', 'strictly-necessary', 'session', 'site', null, 'back-office CSRF protection'),
  k('UMB_UPDCHK', 'umbraco', 'strictly-necessary', 'session', 'site', null, 'back-office update check'),
  k('UMB_PREVIEW', 'umbraco', 'strictly-necessary', 'session', 'site', null, 'content preview'),
  // Hosted site builders.
  k('crumb', 'squarespace', 'strictly-necessary', 'session', 'site', null, 'CSRF protection'),
  k('ss_cvr', 'squarespace', 'analytics', '2 years', 'site', null, 'unique visitor'),
  k('ss_cvt', 'squarespace', 'analytics', '30 minutes', 'site', null, 'visitor session'),
  k('ss_cid', 'squarespace', 'analytics', null, 'site', null, `visitor ID; ${UNSURE}`),
  k('ss_cpvisit', 'squarespace', 'analytics', null, 'site', null, `visit counter; ${UNSURE}`),
  k('SS_MID', 'squarespace', 'analytics', null, 'site', null, `visitor ID; ${UNSURE}`),
  k('svSession', 'wix', 'strictly-necessary', null, 'site', null, `Wix visitor session; ${UNSURE}`),
  k('hs', 'wix', 'strictly-necessary', 'session', 'site', null, 'Wix security'),
  k('smSession', 'wix', 'strictly-necessary', null, 'site', null, `Wix site member login; ${UNSURE}`),
  k('bSession', 'wix', 'strictly-necessary', null, 'site', null, `Wix system effectiveness; ${UNSURE}`),
  k('ssr-caching', 'wix', 'strictly-necessary', null, 'site', null, `Wix rendering; short-lived; ${UNSURE}`),
  k('_wixAB3', 'wix', 'functional', null, 'site', null, `Wix A/B testing; ${UNSURE}`),
  k('fedops.logger.sessionId', 'wix', 'strictly-necessary', null, 'site', null, `Wix stability monitoring; ${UNSURE}`),
  k('server-session-bind', 'wix', 'strictly-necessary', 'session', 'site', null, 'Wix security'),
  k('client-session-bind', 'wix', 'strictly-necessary', 'session', 'site', null, 'Wix security'),
  k('_snow_ses.<id>', 'weebly', 'analytics', null, 'site', null, `Weebly/Square Snowplow analytics session; ${UNSURE}`),
  k('_snow_id.<id>', 'weebly', 'analytics', null, 'site', null, `Weebly/Square Snowplow analytics visitor ID; ${UNSURE}`),
  k('sto-id-<n>', 'weebly', 'strictly-necessary', null, 'site', null, `Weebly load balancing; ${UNSURE}`),
  // Web frameworks: sessions, CSRF and authentication.
  k('ASP.NET_SessionId', 'aspnet', 'strictly-necessary', 'session', 'site', C, 'session state'),
  k(
    '.ASPXAUTH',
    'aspnet',
    'strictly-necessary',
    null,
    'site',
    C,
    'forms authentication; session unless "remember me", then the site\'s timeout',
  ),
  k('.ASPXANONYMOUS', 'aspnet', 'functional', '69 days', 'site', null, 'anonymous identification (default timeout 100,000 minutes)'),
  k('__RequestVerificationToken', 'aspnet', 'strictly-necessary', 'session', 'site', C, 'CSRF protection'),
  k('.AspNetCore.Antiforgery.<id>', 'aspnet', 'strictly-necessary', 'session', 'site', C, 'CSRF protection'),
  k('.AspNetCore.Session', 'aspnet', 'strictly-necessary', 'session', 'site', null, 'session state'),
  k('.AspNetCore.Cookies', 'aspnet', 'strictly-necessary', 'session', 'site', C, 'authentication; persistent with "remember me"'),
  k(
    '.AspNetCore.Identity.Application',
    'aspnet',
    'strictly-necessary',
    null,
    'site',
    null,
    'ASP.NET Core Identity login; lifetime set by the application',
  ),
  k('.AspNetCore.Culture', 'aspnet', 'functional', null, 'site', null, 'language choice; lifetime set by the application'),
  k(
    'ASPSESSIONID<8 letters>',
    'classic-asp',
    'strictly-necessary',
    'session',
    'site',
    C,
    'Classic ASP session; the name ends in 8 random capital letters',
  ),
  k('PHPSESSID', 'php', 'strictly-necessary', 'session', 'site', null, 'PHP session (session.cookie_lifetime 0)'),
  k('JSESSIONID', 'java-servlet', 'strictly-necessary', 'session', 'either', C, 'Java session (LinkedIn also sets one on linkedin.com)'),
  k('laravel_session', 'laravel', 'strictly-necessary', '2 hours', 'site', null, 'session (default lifetime 120 minutes)'),
  k('XSRF-TOKEN', 'laravel', 'strictly-necessary', '2 hours', 'site', C, 'CSRF protection; the same name is used by Angular apps and Wix'),
  k('remember_web_<hash>', 'laravel', 'functional', null, 'site', null, '"Remember me" login; lifetime set by the framework version'),
  k('sessionid', 'django', 'strictly-necessary', '2 weeks', 'site', null, 'session (SESSION_COOKIE_AGE default 1,209,600 seconds)'),
  k('csrftoken', 'django', 'strictly-necessary', '52 weeks', 'site', null, 'CSRF protection (CSRF_COOKIE_AGE default)'),
  k('django_language', 'django', 'functional', 'session', 'site', null, 'language choice'),
  k('re:^_[a-z0-9]+(?:_[a-z0-9]+)*_session$', 'rails', 'strictly-necessary', 'session', 'site', null, 'Rails session (_appname_session)'),
  k('ci_session', 'codeigniter', 'strictly-necessary', '2 hours', 'site', null, 'session (sess_expiration default 7200 seconds)'),
  k('CFID', 'coldfusion', 'strictly-necessary', null, 'site', null, 'client ID; persistent by default, lifetime set by the server'),
  k('CFTOKEN', 'coldfusion', 'strictly-necessary', null, 'site', null, 'client token; persistent by default, lifetime set by the server'),
  // School website CMS cookies seen on UK school sites (checklist.md §C).
  k('auth_user', 'school-cms', 'strictly-necessary', 'session', 'site', C, 'logged-in user'),
  k('cms_user', 'school-cms', 'strictly-necessary', 'session', 'site', C, 'logged-in CMS user'),
  k('highvis', 'school-cms', 'functional', 'session', 'site', C, 'high-visibility (accessibility) display'),
  k('popup_<id>', 'school-cms', 'functional', 'session', 'site', C, 'pop-up notice dismissed'),
  k('cke', 'school-cms', 'functional', 'session', 'site', C, 'editor state'),
  k('ir_test', 'school-cms', 'functional', 'session', 'site', C, 'cookie support test'),
];

/** Every known cookie. Constant data, validated by the tests rather than at every load (the popup waits on the load). */
export const KNOWN_COOKIES: readonly KnownCookie[] = DATA;

export interface CompiledKnownCookie {
  entry: KnownCookie;
  vendor: Vendor;
  pattern: NamePattern | null;
  regex: RegExp | null;
  lifetimeSeconds: number | null;
}

const COMPILED: CompiledKnownCookie[] = KNOWN_COOKIES.map((entry) => ({
  entry,
  vendor: vendorById(entry.vendor)!,
  pattern: entry.name.startsWith('re:') ? null : compileNamePattern(entry.name),
  regex: entry.name.startsWith('re:') ? new RegExp(entry.name.slice(3)) : null,
  lifetimeSeconds: parseDurationSeconds(entry.lifetime),
}));

// Exact names index (case-sensitive first: "sid" is not "SID").
const EXACT = new Map<string, CompiledKnownCookie[]>();
for (const c of COMPILED) {
  if (c.pattern?.exact) {
    const list = EXACT.get(c.pattern.source) ?? [];
    list.push(c);
    EXACT.set(c.pattern.source, list);
  }
}
const WILDCARDS = COMPILED.filter((c) => c.pattern?.wildcard || c.regex);

function domainAllowed(c: CompiledKnownCookie, host: string | null): boolean {
  if (!c.entry.domains || host === null) return true;
  return c.entry.domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Known cookies whose name matches (exact first, then placeholder patterns), filtered by their domain restriction. */
export function findKnownCookies(name: string, domain: string | null = null): CompiledKnownCookie[] {
  const host = domain ? domain.toLowerCase().replace(/^\.+/, '') : null;
  const exact = (EXACT.get(name) ?? []).filter((c) => domainAllowed(c, host));
  if (exact.length) return exact;
  return WILDCARDS.filter((c) => domainAllowed(c, host) && (c.regex ? c.regex.test(name) : c.pattern!.wildcard!.test(name)));
}

/** All compiled entries (for near-miss search and tests). */
export function compiledKnownCookies(): readonly CompiledKnownCookie[] {
  return COMPILED;
}
