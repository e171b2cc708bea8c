namespace Evaluate.Reports.Html;

/// <summary>
/// The page's one stylesheet and one script, inline (no network fetch; the page works from file://). The Content-
/// Security-Policy allows exactly these two by their SHA-256, so nothing else — an injected tag, a handler attribute,
/// a javascript: link — can run or load. The script builds the sample browser with textContent only.
/// </summary>
public static class ReportAssets
{
    public const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 2rem; color: #1d1d1f; }
        h1 { margin-bottom: 0.2rem; } .subtitle { color: #555; margin-top: 0; }
        table { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin: 1rem 0; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }
        th { background: #f4f4f6; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .badge { background: #fde68a; color: #78350f; border-radius: 0.6rem; padding: 0 0.45rem; font-size: 0.75rem; margin-left: 0.3rem; }
        .fail { color: #b91c1c; font-weight: 600; } .pass { color: #15803d; }
        figure { margin: 1.5rem 0; } figure img { max-width: 100%; border: 1px solid #eee; } figcaption { color: #555; font-size: 0.85rem; }
        .filters { display: flex; flex-wrap: wrap; gap: 0.8rem; align-items: end; margin: 0.5rem 0 1rem; }
        .filters label { display: flex; flex-direction: column; font-size: 0.8rem; color: #444; }
        .sample { border: 1px solid #ddd; border-left: 6px solid #9ca3af; border-radius: 4px; padding: 0.5rem 0.8rem; margin: 0.6rem 0; }
        .sample.ok { border-left-color: #16a34a; } .sample.bad { border-left-color: #dc2626; }
        .sample header { display: flex; flex-wrap: wrap; gap: 0.8rem; font-size: 0.85rem; }
        .sample .verdict { font-weight: 600; } .sample dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem; font-size: 0.85rem; }
        .sample dt { color: #555; } .sample dd { margin: 0; font-family: ui-monospace, monospace; white-space: pre-wrap; word-break: break-word; }
        pre { white-space: pre-wrap; word-break: break-word; background: #f8f8fa; padding: 0.5rem; max-height: 24rem; overflow: auto; font-size: 0.8rem; }
        .scroll { overflow-x: auto; }
        .pager { display: flex; gap: 0.8rem; align-items: center; } .note { color: #555; font-size: 0.85rem; }
        mark.round { border-radius: 3px; padding: 0 1px; } mark.round.ok { background: #bbf7d0; } mark.round.bad { background: #fecaca; }
        sup.round-no { font-size: 0.7rem; color: #444; margin: 0 0.2rem; }
        .prompt dt { font-weight: 600; font-size: 0.8rem; color: #555; } .prompt dd { margin: 0 0 0.4rem; }
        .table-wrap { overflow-x: auto; } th.num { text-align: right; }
        #headline-table tbody.cell { border-top: 2px solid #c8c8d0; }
        #headline-table td.key { font-weight: 600; background: #fafafb; } #headline-table td.strategy { max-width: 12rem; overflow-wrap: break-word; }
        #headline-table td.run { max-width: 15rem; } #headline-table .sub { display: block; color: #555; font-size: 0.75rem; font-weight: normal; }
        #headline-table tr.delta-row td { background: #f6f7fb; font-size: 0.8rem; } #headline-table td.delta.significant { color: #1e3a8a; font-weight: 600; }
        #headline-table td.missing { color: #777; font-style: italic; }
        .legend { list-style: none; padding: 0; margin: 0.4rem 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; font-size: 0.85rem; }
        svg.swatch { vertical-align: -1px; margin-right: 0.3rem; }
        """;

    public const string Script = """
        (function () {
          'use strict';
          var payload = JSON.parse(document.getElementById('sample-data').textContent);
          var data = payload.samples;
          var prompts = payload.prompts;
          var keys = ['run', 'suite', 'strategy', 'verdict', 'level', 'flip'];
          var selects = {};
          var pageSize = 25;
          var page = 0;
          function valueOf(row, key) { return key === 'verdict' ? (row.ok ? 'correct' : 'wrong') : String(row[key] || ''); }
          function el(tag, cls, text) {
            var e = document.createElement(tag);
            if (cls) { e.className = cls; }
            if (text !== undefined && text !== null) { e.textContent = String(text); }
            return e;
          }
          keys.forEach(function (key) {
            var select = document.getElementById('filter-' + key);
            selects[key] = select;
            Array.from(new Set(data.map(function (r) { return valueOf(r, key); }))).sort().forEach(function (v) {
              var option = el('option', null, v === '' ? '(none)' : v);
              option.value = v;
              select.appendChild(option);
            });
            select.addEventListener('change', function () { page = 0; render(); });
          });
          // Text with the ends of solution rounds marked: text nodes and <mark> elements only, never parsed markup.
          function marked(cls, text, marks) {
            var pre = el('pre', cls);
            var at = 0;
            marks.forEach(function (m) {
              if (m[0] < at || m[1] > text.length) { return; }
              pre.appendChild(document.createTextNode(text.slice(at, m[0])));
              var mark = el('mark', 'round ' + (m[3] ? 'ok' : 'bad'), text.slice(m[0], m[1]));
              mark.title = 'end of solution round ' + m[2] + (m[3] ? ' (correct)' : ' (wrong)');
              pre.appendChild(mark);
              pre.appendChild(el('sup', 'round-no', 'round ' + m[2] + (m[3] ? ' \u2713' : ' \u2717')));
              at = m[1];
            });
            pre.appendChild(document.createTextNode(text.slice(at)));
            return pre;
          }
          function matches(r) { return keys.every(function (k) { return selects[k].value === '*' || valueOf(r, k) === selects[k].value; }); }
          function card(r) {
            var c = el('article', 'sample ' + (r.ok ? 'ok' : 'bad'));
            c.setAttribute('data-verdict', r.ok ? 'correct' : 'wrong');
            var head = el('header');
            head.appendChild(el('span', 'verdict', r.ok ? '\u2713 correct' : '\u2717 wrong'));
            head.appendChild(el('span', 'where', [r.run, r.model, r.suite, r.strategy].join(' \u00b7 ')));
            head.appendChild(el('span', 'id', 'problem ' + r.id + ' \u00b7 sample ' + r.i + (r.level ? ' \u00b7 ' + r.level : '') +
              (r.selected ? ' \u00b7 chosen' : '') + (r.flip ? ' \u00b7 ' + r.flip : '')));
            c.appendChild(head);
            var facts = el('dl');
            [['extracted', r.extracted === null ? '(no answer found)' : r.extracted], ['gold', r.gold], ['verdict reason', r.reason],
             ['completion tokens', r.tokens]].concat(r.reask ? [['re-asked, replied', r.reask]] : []).concat(r.judge ? [['judge', r.judge]] : []).forEach(function (p) { facts.appendChild(el('dt', null, p[0])); facts.appendChild(el('dd', null, p[1])); });
            c.appendChild(facts);
            if (r.p >= 0 && prompts[r.p]) {
              var prompt = el('details', 'prompt');
              prompt.appendChild(el('summary', null, 'prompt'));
              var messages = el('dl');
              prompts[r.p].forEach(function (m) { messages.appendChild(el('dt', null, m[0])); var dd = el('dd'); dd.appendChild(el('pre', null, m[1])); messages.appendChild(dd); });
              prompt.appendChild(messages);
              c.appendChild(prompt);
            }
            if (r.reasoning) {
              var reasoning = el('details');
              reasoning.appendChild(el('summary', null, 'reasoning (' + r.reasoning.length + ' characters' + (r.rm.length ? ', ' + r.rm.length + ' round ends marked' : '') + ')'));
              reasoning.appendChild(marked('reasoning', r.reasoning, r.rm));
              c.appendChild(reasoning);
            }
            c.appendChild(marked('response', r.response, r.am));
            if (r.rounds.length > 0) {
              var rounds = el('details');
              rounds.appendChild(el('summary', null, r.rounds.length + ' solution round' + (r.rounds.length === 1 ? '' : 's')));
              var list = el('ul');
              r.rounds.forEach(function (line) { list.appendChild(el('li', null, line)); });
              rounds.appendChild(list);
              c.appendChild(rounds);
            }
            return c;
          }
          function render() {
            var rows = data.filter(matches);
            var pages = Math.max(1, Math.ceil(rows.length / pageSize));
            if (page >= pages) { page = pages - 1; }
            var target = document.getElementById('samples');
            target.replaceChildren.apply(target, rows.slice(page * pageSize, (page + 1) * pageSize).map(card));
            document.getElementById('page-info').textContent = rows.length + ' matching samples \u00b7 page ' + (page + 1) + ' of ' + pages;
            document.getElementById('prev').disabled = page === 0;
            document.getElementById('next').disabled = page >= pages - 1;
          }
          document.getElementById('prev').addEventListener('click', function () { page -= 1; render(); });
          document.getElementById('next').addEventListener('click', function () { page += 1; render(); });
          render();
        })();
        """;

    /// <summary>The policy: nothing by default; this script and style by hash; images only from data: URIs (the charts).</summary>
    public static string ContentSecurityPolicy =>
        $"default-src 'none'; script-src '{Hash(Script)}'; style-src '{Hash(Style)}'; img-src data:; base-uri 'none'; form-action 'none'";

    public static string Hash(string content) =>
        "sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content)));
}
