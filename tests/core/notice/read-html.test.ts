// Tests for the HTML notice reader: chrome stripping, structure, links, bilingual pages and hostile input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/core/notice/read-html';
import { readText } from '../../../src/core/notice/read-text';

const page = (body: string, head = '<title>Privacy notice | Oak Tree Primary School</title>', lang = 'en-GB') =>
  `<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;

const texts = (html: string, url: string | null = null) => readHtml(html, url).blocks.map((b) => b.text);

describe('readHtml: boxes of the notice beside its text', () => {
  const main = '<main><h1>Privacy notice</h1><p>We use pupil information to teach and to keep children safe.</p></main>';

  it('reads a "Key facts" sidebar beside <main> that speaks of the data, in page order', () => {
    const html = page(
      `${main}<aside class="col-side" aria-label="Key facts"><h2>Key facts</h2><table>` +
        '<tr><th>Who is responsible</th><td>Wrenbury Primary School, the data controller</td></tr>' +
        '<tr><th>Data Protection Officer</th><td>Lowmarsh Schools DPO Service, dpo@lowmarsh.example</td></tr></table></aside>',
    );
    const read = texts(html);
    expect(read[0]).toBe('Privacy notice');
    expect(read).toContain('Key facts');
    expect(read.some((t) => t.includes('Lowmarsh Schools DPO Service'))).toBe(true);
  });

  it('reads a contacts box marked as a sidebar when it names the data protection contact', () => {
    const html = page(
      `${main}<div class="sidebar"><h2>Contacts</h2><p>School Office, Mill Lane, Wrenbury WR1 2AB. Tel 01632 960300.</p>` +
        '<p>Data Protection Lead: Mrs A Patel, dp@wrenbury.example</p></div>',
    );
    expect(texts(html).some((t) => t.includes('Data Protection Lead'))).toBe(true);
  });

  it('reads a quick-guide box inside the notice', () => {
    const html = page(
      '<main><h1>Privacy notice</h1><aside class="quick-guide"><h2>Quick guide</h2><ul><li>Who we are: Wrenbury Primary School, which decides how your personal information is used.</li>' +
        '<li>Questions? Ask our Data Protection Officer.</li></ul></aside><p>The full notice follows.</p></main>',
    );
    expect(texts(html)).toContain('Questions? Ask our Data Protection Officer.');
  });

  it("reads the notice's own document-control box, whose approval and review dates name no privacy topic", () => {
    const html = page(
      '<main><h1>Privacy notice</h1><aside class="doc-info"><dl><dt>Owner</dt><dd>Business Manager</dd>' +
        '<dt>Adopted by governors</dt><dd>3 March 2026</dd><dt>Review date</dt><dd>March 2028</dd></dl></aside>' +
        '<p>We use pupil information to teach.</p></main>',
    );
    const read = texts(html);
    expect(read.some((t) => t.includes('3 March 2026'))).toBe(true);
    expect(read.some((t) => t.includes('March 2028'))).toBe(true);
  });

  it('reads a document-control box whose labels and dates sit in one paragraph, in the order written', () => {
    const html = page(
      '<main><h1>Privacy policy</h1><aside class="policy-box"><p><strong>Version:</strong> 4.2<br>' +
        '<strong>Approved by the Governors:</strong> 18 June 2024<br><strong>Owner:</strong> The Bursar</p></aside>' +
        '<p>We use pupil information to teach.</p></main>',
    );
    expect(texts(html).some((t) => t.includes('Approved by the Governors: 18 June 2024'))).toBe(true);
  });

  it("reads a box saying when the notice was reviewed or ratified, beside a pointer to the notice's other language", () => {
    const html = page(
      '<main><h1>Privacy notice</h1><aside class="panel"><p>Mae\'r hysbysiad hwn ar gael yn Gymraeg hefyd.</p>' +
        '<p>Looked at again and reviewed by governors in November 2025.</p></aside><p>We use pupil information to teach.</p></main>',
    );
    expect(texts(html).some((t) => t.includes('November 2025'))).toBe(true);
    const ratified = page(
      '<main><h1>Privacy notice</h1><aside><p>Ratified at the full governing board, 2 February 2026.</p></aside><p>We use pupil information to teach.</p></main>',
    );
    expect(texts(ratified).some((t) => t.includes('2 February 2026'))).toBe(true);
  });

  it("reads a pull-out box set between two of the notice's sections, though its words name no privacy topic", () => {
    const between = (box: string) =>
      page(
        '<main><h1>Privacy notice</h1><section><h2>What we collect</h2><p>Names, addresses and attendance.</p></section>' +
          `${box}<section><h2>Who we share it with</h2><p>The local authority.</p></section></main>`,
      );
    const box =
      '<aside class="tip"><h2>Good to know</h2><ul><li>Some questions on our forms must be answered by law; the rest you may leave blank and nothing changes for your child.</li></ul></aside>';
    expect(texts(between(box)).some((t) => t.includes('you may leave blank'))).toBe(true);
    // The same box after the notice's last section stands beside the content: a sidebar, dropped.
    const after = page(
      '<main><h1>Privacy notice</h1><section><h2>What we collect</h2><p>Names, addresses and attendance.</p></section></main>' + box,
    );
    expect(texts(after).some((t) => t.includes('you may leave blank'))).toBe(false);
  });

  it("reads a box of promises about the reader's information as the notice's, wherever it stands", () => {
    const box =
      '<aside class="promise"><h2>Our data promise</h2><ul><li>We never sell anything we hold.</li><li>Your information is locked down: only people who need it can see it.</li></ul></aside>';
    const html = page(
      `<main><h1>Privacy notice</h1><p>This notice explains what we hold.</p>${box}<h2>Who we are</h2><p>Oak Academy.</p></main>`,
    );
    expect(texts(html).some((t) => t.includes('never sell'))).toBe(true);
    // A box of the school's news beside the content says nothing about anyone's information: dropped.
    const news = '<aside><h2>Latest news</h2><ul><li>Our choir sang at the town hall and the pupils were wonderful.</li></ul></aside>';
    expect(
      texts(
        page(`<main><h1>Privacy notice</h1><p>This notice explains what we hold.</p>${news}<h2>Who we are</h2><p>Oak Academy.</p></main>`),
      ).some((t) => t.includes('choir')),
    ).toBe(false);
  });

  it('still drops an events box with dates but no approval or review of the notice', () => {
    const html = page(
      `${main}<aside><h2>Coming up</h2><p>Sports day is on 9 July 2026 and the summer fair on 18 July 2026; all families are welcome.</p></aside>`,
    );
    expect(texts(html)).toEqual(['Privacy notice', 'We use pupil information to teach and to keep children safe.']);
  });

  it('drops a consent prompt in an <aside>, though it speaks of privacy', () => {
    const html = page(
      `${main}<aside><p>We use cookies to improve your visit. Read our privacy notice to find out how we use personal information.</p>` +
        '<button>Accept all</button><button>Reject</button></aside>',
    );
    expect(texts(html)).toEqual(['Privacy notice', 'We use pupil information to teach and to keep children safe.']);
  });

  it('still drops navigation and news sidebars, inside the notice or beside it', () => {
    const html = page(
      '<main><h1>Privacy notice</h1><aside class="sidebar" aria-label="In this section"><h2>In this section</h2><ul>' +
        '<li><a href="/policies">Policies</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/gdpr">GDPR and data protection</a></li></ul></aside>' +
        '<p>We use pupil information to teach.</p></main>' +
        '<aside><h2>Latest news</h2><p>Year 4 enjoyed their trip to the castle museum on Thursday, and the choir sang at the town hall.</p></aside>' +
        '<div class="subnav"><p>Data protection officer and privacy pages, with the personal data policy and our records management guidance.</p></div>',
    );
    expect(texts(html)).toEqual(['Privacy notice', 'We use pupil information to teach.']);
  });

  it('keeps a <section> named "secondary" as the notice\'s part on secondary schools, and drops a <div> so named', () => {
    const part = '<h2>Older pupils</h2><p>From age 13 we tell the council careers team the name of each pupil and address.</p>';
    const html = page(`<main><h1>Privacy notice</h1><section id="secondary">${part}</section></main><div id="secondary">${part}</div>`);
    expect(texts(html)).toEqual([
      'Privacy notice',
      'Older pupils',
      'From age 13 we tell the council careers team the name of each pupil and address.',
    ]);
  });
});

describe('readHtml: chrome', () => {
  const html = page(`
    <a class="skip-link" href="#main">Skip to main content</a>
    <div class="cc-window" role="dialog" aria-label="cookieconsent"><p>This website uses cookies.</p><button>Allow cookies</button></div>
    <div id="consent-box"><p>We would like to set analytics cookies.</p><a href="#" class="btn">Accept</a><a href="#">Reject</a></div>
    <header class="site-header"><div class="logo">Oak Tree Primary School</div><p>Tel 01632 960001</p>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/contact">Contact Us</a></li></ul></nav></header>
    <nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li>Privacy</li></ol></nav>
    <main id="main"><h1>Privacy notice for pupils</h1>
      <div class="share-buttons"><a href="https://facebook.com/share">Share on Facebook</a></div>
      <p>Oak Tree Primary School is the data controller.</p>
      <form role="search"><input type="search"><button>Search the site</button></form>
    </main>
    <aside class="sidebar"><h2>Related pages</h2><p>Term dates</p></aside>
    <footer><p>Oak Tree Primary School, 1 Acorn Way, Leeds LS1 1AA</p><p>office@oaktree.example.sch.uk</p>
      <nav><a href="/cookies">Cookie settings</a></nav></footer>`);
  const doc = readHtml(html, 'https://oaktree.example.sch.uk/privacy');

  it('keeps only the notice body as blocks', () => {
    expect(doc.blocks.map((b) => b.text)).toEqual(['Privacy notice for pupils', 'Oak Tree Primary School is the data controller.']);
  });

  it('keeps header and footer text as chrome, without the menu, and the <title>', () => {
    expect(doc.chrome.header).toContain('Oak Tree Primary School');
    expect(doc.chrome.header).toContain('01632 960001');
    expect(doc.chrome.header).not.toContain('Contact Us');
    expect(doc.chrome.footer).toContain('LS1 1AA');
    expect(doc.chrome.footer).toContain('office@oaktree.example.sch.uk');
    expect(doc.chrome.footer).toContain('Cookie settings');
    expect(doc.chrome.pageTitle).toBe('Privacy notice | Oak Tree Primary School');
  });

  it('drops cookie banners and consent prompts wherever they are', () => {
    const all = [doc.chrome.header, doc.chrome.footer, ...doc.blocks.map((b) => b.text)].join(' ');
    expect(all).not.toMatch(/analytics cookies|This website uses cookies|Skip to|Share on|Search the site|Related pages/);
  });

  it('takes the title from the H1', () => {
    expect(doc.title).toBe('Privacy notice for pupils');
  });

  it('reads the body when there is no main, still stripping header, footer and banners', () => {
    const d = readHtml(
      page(`<div id="cookie-law-info-bar">We use cookies <a>ACCEPT</a></div>
      <header><h1 class="site-title">Elm School</h1></header>
      <div class="wrap"><h2>How we use pupil information</h2><p>We collect data to support learning.</p></div>
      <footer>Elm School, Elm Road</footer>`),
    );
    expect(d.blocks.map((b) => b.text)).toEqual(['How we use pupil information', 'We collect data to support learning.']);
    expect(d.chrome.header).toBe('Elm School');
    expect(d.chrome.footer).toBe('Elm School, Elm Road');
  });

  it('keeps the strip above the site header as header text, not as the notice or nothing', () => {
    const d = readHtml(
      page(`<div class="top-bar"><p>Elm School · An infant school for children aged 4 to 7 · Tel 01632 960111</p></div>
      <header><h1 class="site-title">Elm School</h1></header>
      <main><h2>How we use pupil information</h2><p>We collect data to support learning.</p></main>`),
    );
    expect(d.blocks.map((b) => b.text)).toEqual(['How we use pupil information', 'We collect data to support learning.']);
    expect(d.chrome.header).toContain('An infant school for children aged 4 to 7');
  });

  it("keeps a notice's own cookie section even though its id says cookies", () => {
    const d = readHtml(
      page(`<main><h1>Cookie policy</h1><section id="cookies" class="cookie-policy">
      <h2>Cookies we use</h2><p>We use Google Analytics cookies (_ga, _gid) to count visits. You can refuse them in your browser settings.</p>
      </section></main>`),
    );
    expect(d.blocks.map((b) => b.text)).toContain('Cookies we use');
    expect(d.blocks.some((b) => b.text.includes('_ga, _gid'))).toBe(true);
  });

  it('keeps a cookie section in the middle of a notice that links to the cookie settings, and what follows it', () => {
    const rows = ['_ga', '_gid', 'PHPSESSID', 'cookie_choice']
      .map(
        (n) =>
          `<tr><td>${n}</td><td>Our site</td><td>Counts visits and remembers what you picked for this website</td><td>1 year</td></tr>`,
      )
      .join('');
    const d = readHtml(
      page(`<main><h1>Privacy and cookies</h1><section id="what"><h2>What we hold</h2><p>Names and addresses.</p></section>
      <section id="cookies" class="cookie-notice"><h2>Cookies</h2><p>Small files a website stores on your device. We set analytics cookies only if you agree.</p>
      <table><tr><th>Name</th><th>Set by</th><th>Purpose</th><th>Lasts</th></tr>${rows}</table>
      <p>Change your mind at any time with the <a href="#cookie-settings">Cookie settings</a> link.</p></section>
      <section id="sharing"><h2>Who we share with</h2><ul><li>The local authority.</li><li>The Department for Education.</li></ul></section>
      </main>`),
    );
    const read = d.blocks.map((b) => b.text);
    expect(read).toContain('Cookies');
    expect(read).toContain('Who we share with');
    expect(read).toContain('The Department for Education.');
  });

  it('still drops a short consent prompt marked as a cookie notice', () => {
    const read = texts(
      page(`<main><div class="cookie-notice"><h2>Cookies</h2><p>We use cookies to improve the site.</p><a href="#">Accept</a></div>
      <p>We are a school.</p></main>`),
    );
    expect(read).toEqual(['We are a school.']);
  });

  it('keeps a section whose id is "sharing", dropping only share-button bars', () => {
    const read = texts(
      page(`<main><section id="sharing"><h2>Sharing</h2><p>We share data with the council.</p></section>
      <div class="sharing-buttons"><a href="https://social.example/share">Share</a></div></main>`),
    );
    expect(read).toEqual(['Sharing', 'We share data with the council.']);
  });

  it('keeps the header and footer of the article itself as content', () => {
    const d = readHtml(
      page(`<header class="site-header">School site</header><main><article>
      <header class="entry-header"><h1>Privacy notice</h1></header><p>Body text here.</p>
      <footer class="entry-footer"><p>Last updated: September 2025</p></footer></article></main>`),
    );
    expect(d.blocks.map((b) => b.text)).toEqual(['Privacy notice', 'Body text here.', 'Last updated: September 2025']);
    expect(d.chrome.header).toBe('School site');
  });

  it('uses an H1 above <main> as the title without making it notice text', () => {
    const d = readHtml(
      page(
        `<div class="page-banner"><h1>Pupil privacy notice</h1></div><main><p>We are a school.</p><p>${'More text. '.repeat(30)}</p></main>`,
      ),
    );
    expect(d.title).toBe('Pupil privacy notice');
    expect(d.blocks.map((b) => b.text)).not.toContain('Pupil privacy notice');
  });
});

describe('readHtml: structure', () => {
  it('gives headings their levels and sections', () => {
    const d = readHtml(page('<main><h1>Notice</h1><h2>Why we collect data</h2><p>To teach.</p><h3>Detail</h3><p>More.</p></main>'));
    expect(d.blocks.filter((b) => b.kind === 'heading').map((b) => [b.text, b.level])).toEqual([
      ['Notice', 1],
      ['Why we collect data', 2],
      ['Detail', 3],
    ]);
    const p = d.blocks.find((b) => b.text === 'To teach.')!;
    expect(d.sections[p.section]!.heading).toBe('Why we collect data');
    expect(p.where).toBe('under "Why we collect data"');
  });

  it('reads list items with one listId per list, nested lists included', () => {
    const d = readHtml(
      page(`<main><p>We share with:</p><ul><li>the LA</li><li>the DfE<ul><li>census</li><li>NPD</li></ul></li><li>school nurse</li></ul>
      <ol><li>first</li></ol></main>`),
    );
    const items = d.blocks.filter((b) => b.kind === 'list-item').map((b) => [b.text, b.listId]);
    const [outer, inner, other] = [items[0]![1], items[2]![1], items[5]![1]];
    expect(items).toEqual([
      ['the LA', outer],
      ['the DfE', outer],
      ['census', inner],
      ['NPD', inner],
      ['school nurse', outer],
      ['first', other],
    ]);
    expect(new Set([outer, inner, other]).size).toBe(3);
  });

  it('leaves empty lists empty (no blocks from <ul></ul> or empty <li>)', () => {
    const d = readHtml(page('<main><p>We do so to:</p><ul>\n</ul><ul><li> </li></ul><h2>Next</h2></main>'));
    expect(d.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading']);
  });

  it('reads data tables as rows with cells and a table record', () => {
    const d = readHtml(
      page(`<main><table><thead><tr><th>Cookie Name</th><th>What it does</th></tr></thead>
      <tbody><tr><td>_ga</td><td>Google Analytics: <a href="https://policies.google.com/privacy">policy</a></td></tr>
      <tr><td>ASPSESSID</td><td>Keeps you <br>logged in</td></tr></tbody></table></main>`),
    );
    const rows = d.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((r) => r.cells)).toEqual([
      ['Cookie Name', 'What it does'],
      ['_ga', 'Google Analytics: policy'],
      ['ASPSESSID', 'Keeps you logged in'],
    ]);
    expect(rows[0]!.text).toBe('Cookie Name | What it does');
    expect(rows[1]!.text).toBe('Cookie Name: _ga | What it does: Google Analytics: policy');
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]!.headers).toEqual(['Cookie Name', 'What it does']);
    expect(d.tables[0]!.rows).toHaveLength(2);
    expect(d.tables[0]!.firstBlock).toBe(rows[0]!.index);
    expect(d.links).toEqual([{ text: 'policy', href: 'https://policies.google.com/privacy', block: rows[1]!.index }]);
  });

  it('reads a table caption as the sub-heading its rows sit under', () => {
    const d = readHtml(
      page(`<main><h2>Data the Department holds</h2><p>The Department keeps census returns.</p>
      <table><caption>How long we keep records</caption><tr><th>Record</th><th>Kept for</th></tr>
      <tr><td>Attendance register</td><td>Six years after the last entry</td></tr></table></main>`),
    );
    const caption = d.blocks.find((b) => b.text === 'How long we keep records')!;
    expect(caption.kind).toBe('heading');
    expect(caption.level).toBe(3);
    const row = d.blocks.find((b) => b.text.startsWith('Record: Attendance register'))!;
    expect(row.where).toContain('How long we keep records');
  });

  it('reads layout tables (one column, or holding headings) as ordinary content', () => {
    const d = readHtml(page(`<table><tr><td><h2>Privacy notice</h2><p>We hold pupil data.</p></td><td><p>Side</p></td></tr></table>`));
    expect(d.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(d.tables).toHaveLength(0);
  });

  it('turns definition lists into "term: definition" list items', () => {
    const d = readHtml(
      page(
        '<main><dl><dt>Retention</dt><dd>6 years after leaving</dd><dt>DPO:</dt><dd>dpo@example.org</dd><dd>01632 960002</dd></dl></main>',
      ),
    );
    expect(texts(page('<main><dl><dt>Retention</dt><dd>6 years after leaving</dd></dl></main>'))).toEqual([
      'Retention: 6 years after leaving',
    ]);
    expect(d.blocks.map((b) => b.text)).toEqual(['Retention: 6 years after leaving', 'DPO: dpo@example.org; 01632 960002']);
  });

  it('reads a list inside a definition as items of their own under the term', () => {
    const d = readHtml(
      page('<main><dl><dt>Who receives it?</dt><dd><ul><li>The council.</li><li>The NHS school nurses.</li></ul></dd></dl></main>'),
    );
    expect(d.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list-item', 'Who receives it?'],
      ['list-item', 'The council.'],
      ['list-item', 'The NHS school nurses.'],
    ]);
    expect(d.blocks[1]!.listId).toBe(d.blocks[2]!.listId);
    expect(d.blocks[1]!.listId).not.toBe(d.blocks[0]!.listId);
  });

  it('reads a definition’s text after its list as a paragraph after the list, and keeps an empty list visible', () => {
    const d = readHtml(
      page(
        '<main><dl><dt>Who receives it?</dt><dd><p>These bodies:</p><ul><li>The council.</li></ul><p>We tell you first.</p></dd>' +
          '<dt>What do you keep?</dt><dd><p>The records listed below:</p><ul></ul><p>You can ask to see them.</p></dd>' +
          '<dt>How long?</dt><dd><p>Six years.</p><p>Then we shred them.</p></dd></dl></main>',
      ),
    );
    expect(d.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list-item', 'Who receives it?: These bodies:'],
      ['list-item', 'The council.'],
      ['paragraph', 'We tell you first.'],
      ['list-item', 'What do you keep?: The records listed below:'],
      ['paragraph', 'You can ask to see them.'],
      ['list-item', 'How long?: Six years. Then we shred them.'],
    ]);
  });

  it('splits <br>-separated lines of a div into paragraphs, joining wrapped sentences', () => {
    const d = readHtml(
      page(
        `<main><div>Loose text before any paragraph.<br>We use data to manage attendance so that suitable<br>strategies can be planned.<br>Tel: 01632 960003<p>A real paragraph.</p>Trailing loose text.</div></main>`,
      ),
    );
    expect(d.blocks.map((b) => b.text)).toEqual([
      'Loose text before any paragraph.',
      'We use data to manage attendance so that suitable strategies can be planned.',
      'Tel: 01632 960003',
      'A real paragraph.',
      'Trailing loose text.',
    ]);
  });

  it('treats a short bold-only line as a heading, but not bold sentences', () => {
    const d = readHtml(
      page(`<main><h2>Rights</h2><p><strong>Contact:</strong></p><p>Write to us.</p>
      <p><b>Please note the office is closed in August.</b></p><p><strong>Who</strong> we are is explained below.</p></main>`),
    );
    expect(d.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Rights'],
      ['heading', 'Contact:'],
      ['paragraph', 'Write to us.'],
      ['paragraph', 'Please note the office is closed in August.'],
      ['paragraph', 'Who we are is explained below.'],
    ]);
    expect(d.blocks[1]!.level).toBe(3);
  });

  it('includes collapsed content: <details>, hidden accordion panels', () => {
    const d = readHtml(
      page(`<main><details><summary>How long we keep data</summary><p>Until the pupil is 25.</p></details>
      <button class="accordion" aria-expanded="false" aria-controls="p2">Who we share data with</button>
      <div id="p2" class="accordion-panel" hidden style="display:none"><p>The local authority.</p></div>
      <div aria-hidden="true"><p>Also the DfE.</p></div></main>`),
    );
    expect(d.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'How long we keep data'],
      ['paragraph', 'Until the pupil is 25.'],
      ['heading', 'Who we share data with'],
      ['paragraph', 'The local authority.'],
      ['paragraph', 'Also the DfE.'],
    ]);
  });

  it('reads a button named inside a sentence as one of its words, not as an accordion heading', () => {
    const d = readHtml(
      page(
        '<main><p>You can change your choice using the <button type="button">Cookie settings</button> button at the foot of every page.</p></main>',
      ),
    );
    expect(d.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'You can change your choice using the Cookie settings button at the foot of every page.'],
    ]);
  });

  it('normalises entities, curly quotes, dashes and NBSP', () => {
    expect(texts(page('<main><p>The school&rsquo;s &ldquo;public&nbsp;task&rdquo; &ndash; see&#160;below &amp; more</p></main>'))).toEqual([
      'The school\'s "public task" - see below & more',
    ]);
  });

  it('never reads script, style, template or form-control text', () => {
    expect(
      texts(
        page(
          '<main><p>Visible.</p><script>var x = "secret";</script><style>p{}</style><template><p>tpl</p></template><select><option>English</option></select><noscript>Enable JS</noscript></main>',
        ),
      ),
    ).toEqual(['Visible.']);
  });
});

describe('readHtml: links', () => {
  it('resolves relative hrefs against the page URL and <base href>', () => {
    const d = readHtml(
      page('<main><p>See <a href="../policies/dp.pdf">our policy</a> and <a href="https://ico.org.uk/concerns/">the ICO</a>.</p></main>'),
      'https://school.example/about/privacy/',
    );
    expect(d.links.map((l) => [l.text, l.href, l.block])).toEqual([
      ['our policy', 'https://school.example/about/policies/dp.pdf', 0],
      ['the ICO', 'https://ico.org.uk/concerns/', 0],
    ]);
    const b = readHtml(page('<main><p><a href="dp.pdf">policy</a></p></main>', '<base href="https://cdn.example.net/docs/">'), null);
    expect(b.links[0]!.href).toBe('https://cdn.example.net/docs/dp.pdf');
  });

  it('keeps javascript: and data: links as text only, with href null', () => {
    const d = readHtml(
      page(
        '<main><p><a href="javascript:alert(document.cookie)">Click here</a> or <a href=" JaVa&#x0A;script:void(0)">this</a> or <a href="data:text/html,<script>x</script>">that</a>.</p></main>',
      ),
      'https://school.example/',
    );
    expect(d.links.map((l) => [l.text, l.href])).toEqual([
      ['Click here', null],
      ['this', null],
      ['that', null],
    ]);
    expect(d.blocks[0]!.text).toBe('Click here or this or that.');
  });

  it('keeps mailto links and bare URLs written as text', () => {
    const d = readHtml(
      page('<main><p>Email <a href="mailto:dpo@school.example">dpo@school.example</a> or see www.gov.uk/contact-dfe.</p></main>'),
    );
    expect(d.links.map((l) => [l.text, l.href])).toEqual([
      ['dpo@school.example', 'mailto:dpo@school.example'],
      ['www.gov.uk/contact-dfe', 'http://www.gov.uk/contact-dfe'],
    ]);
  });

  it('does not invent a link for "here" with no anchor', () => {
    const d = readHtml(page('<main><p>To find out more, visit the government page here</p></main>'));
    expect(d.links).toEqual([]);
  });
});

describe('readHtml: Welsh bilingual pages', () => {
  const en =
    '<h2>How we use pupil information</h2><p>We collect and use pupil information to support learning and to meet our legal duties under the Education Act 1996. We share data with the Welsh Government and with the local authority when the law requires it.</p>';
  const cy = `<h2>Sut rydym yn defnyddio gwybodaeth disgyblion</h2><p>Rydym yn casglu ac yn defnyddio gwybodaeth disgyblion i gefnogi dysgu ac i gyflawni ein dyletswyddau cyfreithiol. Rydym yn rhannu data gyda Llywodraeth Cymru a gyda'r awdurdod lleol pan fo'r gyfraith yn gofyn am hynny.</p>`;

  it('reads the English version and reports the Welsh one (lang="cy" blocks in an English page)', () => {
    const d = readHtml(page(`<main><div lang="cy">${cy}</div><div lang="en">${en}</div></main>`));
    expect(d.welshVersionPresent).toBe(true);
    expect(d.blocks.map((b) => b.text)).toEqual(['How we use pupil information', expect.stringContaining('Education Act 1996')]);
    expect(d.lang).toBe('en');
  });

  it('reads the English block of a page declared lang="cy"', () => {
    const d = readHtml(page(`<main>${cy}<section lang="en-GB">${en}</section></main>`, '<title>Hysbysiad preifatrwydd</title>', 'cy'));
    expect(d.welshVersionPresent).toBe(true);
    expect(d.blocks.every((b) => !/Rydym|Sut rydym/.test(b.text))).toBe(true);
    expect(d.blocks).toHaveLength(2);
  });

  it('keeps the English part of a Welsh line both versions share, such as the date above them', () => {
    const d = readHtml(
      page(
        `<main><h1>Hysbysiad Preifatrwydd <span lang="en">/ Privacy Notice</span></h1><p>Diweddarwyd: 14 Ionawr 2026 <span lang="en">/ Last updated: 14 January 2026</span></p><p>Cyswllt <span lang="en">/</span></p><div>${cy}</div><section lang="en">${en}</section></main>`,
        '',
        'cy',
      ),
    );
    expect(d.welshVersionPresent).toBe(true);
    expect(d.blocks.map((b) => b.text).slice(0, 3)).toEqual([
      'Privacy Notice',
      'Last updated: 14 January 2026',
      'How we use pupil information',
    ]);
  });

  it('keeps a contact line both versions share, under a bilingual label, in a page declared lang="cy"', () => {
    const contacts =
      '<dl><dt>Swyddog Diogelu Data <span lang="en">/ Data Protection Officer</span></dt><dd>Gwarchod Data Cymru Cyf: <a href="mailto:dpo@gwarchoddata.cymru">dpo@gwarchoddata.cymru</a> &middot; 029 2018 0911</dd></dl>';
    const d = readHtml(page(`<main><div>${cy}</div><section lang="en">${en}</section>${contacts}</main>`, '', 'cy'));
    expect(d.welshVersionPresent).toBe(true);
    expect(d.blocks.some((b) => b.text.includes('dpo@gwarchoddata.cymru'))).toBe(true);
    // A Welsh paragraph that names a contact among its prose is the Welsh version's, and is left out.
    const prose = readHtml(
      page(
        `<main><div>${cy}<p>Os oes gennych gwestiwn am y wybodaeth hon, cysylltwch â swyddfa'r ysgol drwy e-bostio swyddfa@ysgol.cymru a byddwn yn ateb cyn gynted ag y gallwn.</p></div><section lang="en">${en}</section></main>`,
        '',
        'cy',
      ),
    );
    expect(prose.blocks.some((b) => b.text.includes('swyddfa@ysgol.cymru'))).toBe(false);
  });

  it('keeps a Welsh name inside an English sentence and does not call it a Welsh version', () => {
    const d = readHtml(
      page(`<main><p><span lang="cy">Ysgol Gynradd Llanfair</span> is the data controller for the information in this notice.</p></main>`),
    );
    expect(d.welshVersionPresent).toBe(false);
    expect(d.blocks[0]!.text).toBe('Ysgol Gynradd Llanfair is the data controller for the information in this notice.');
  });

  it('reads a Welsh-only page as it is', () => {
    const d = readHtml(page(`<main>${cy}</main>`, '', 'cy'));
    expect(d.welshVersionPresent).toBe(false);
    expect(d.lang).toBe('cy');
    expect(d.blocks).toHaveLength(2);
  });
});

describe('readHtml: unreadable and hostile input', () => {
  it('says a text-less page has no readable text', () => {
    for (const html of [
      '',
      '<html><body></body></html>',
      page('<main><img src="scan.png"><script>x()</script></main>'),
      page('<nav>Home About</nav>'),
    ]) {
      const d = readHtml(html);
      expect(d.blocks).toEqual([]);
      expect(d.unreadable).toEqual(['the page has no readable text']);
    }
  });

  // Deeper than browsers build (Chromium stops nesting at 512) and far deeper than a recursive walk survives in a worker.
  it('survives very deep nesting and unclosed tags without overflowing the stack', () => {
    const deep = `${'<div><span>'.repeat(2_500)}Deep text.${'</span></div>'.repeat(2_500)}`;
    const d = readHtml(page(`<main>${deep}<p>After.</p><table><tr><td>unclosed<td>cells<p>para`));
    expect(d.blocks.map((b) => b.text)).toContain('Deep text.');
    expect(d.blocks.some((b) => b.text.startsWith('After.'))).toBe(true);
  });

  it('reads a multi-megabyte page completely', () => {
    const section = (i: number) =>
      `<h2>Section ${i}</h2><p>We share pupil data with the local authority under regulation 5. Item ${i}.</p><ul><li>one ${i}</li><li>two ${i}</li></ul>`;
    const parts: string[] = [];
    for (let i = 0; i < 25_000; i++) parts.push(section(i));
    const html = page(`<header>School</header><main>${parts.join('')}</main><footer>Footer</footer>`);
    expect(html.length).toBeGreaterThan(3_000_000);
    const d = readHtml(html);
    expect(d.blocks).toHaveLength(100_000);
    expect(d.blocks.at(-1)!.text).toBe('two 24999');
    expect(d.chrome.footer).toBe('Footer');
  });

  it('caps chrome text from a huge footer', () => {
    const d = readHtml(page(`<main><p>Notice.</p></main><footer>${'<p>Link text</p>'.repeat(5_000)}</footer>`));
    expect(d.chrome.footer.length).toBeLessThanOrEqual(5_000);
  });
});

describe('readHtml: seed renderings match their text versions', () => {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');
  // Table rows compare by their cells: the HTML reader labels each cell with its column header.
  const words = (blocks: { text: string; cells?: string[] }[]) =>
    blocks
      .map((b) => (b.cells ? b.cells.join(' ') : b.text).replace(/[<>]/g, '').replace(/\|/g, ' '))
      .join(' ')
      .split(/\s+/)
      .filter(Boolean);

  for (const n of ['000', '001', '002', '003', '004']) {
    it(`seed ${n}: the HTML page yields the seed's notice text, in order, and nothing of the chrome`, () => {
      const html = readHtml(readFileSync(join(dir, `seed-${n}.html`), 'utf8'));
      const text = readText(readFileSync(join(dir, `seed-${n}.txt`), 'utf8'));
      expect(words(html.blocks)).toEqual(words(text.blocks));
      expect(html.chrome.footer).not.toBe('');
      expect(html.unreadable).toEqual([]);
    });
  }

  it('seed 004: the cookie table is a real table and the lost "here" links stay unlinked', () => {
    const d = readHtml(readFileSync(join(dir, 'seed-004.html'), 'utf8'));
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]!.headers).toEqual(['Cookie Name', 'What it does']);
    expect(d.tables[0]!.rows.map((r) => r[0])).toEqual(['ASPSESSID', 'YouTube', 'Vimeo', 'Facebook', 'Twitter']);
    expect(d.links.filter((l) => l.text === 'here')).toEqual([]);
    expect(d.blocks.filter((b) => b.text.endsWith('here')).length).toBe(4);
  });

  it('seed 000: the lists the page left empty produce no items', () => {
    const d = readHtml(readFileSync(join(dir, 'seed-000.html'), 'utf8'));
    expect(d.blocks.filter((b) => b.kind === 'list-item')).toEqual([]);
    expect(d.title).toBe('Privacy Notice - Pupil Data');
    expect(d.chrome.header).not.toMatch(/\bSchool\b/);
  });
});
