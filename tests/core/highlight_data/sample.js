/*
 * Inventory dashboard helpers.
 *
 * This block comment spans several lines and contains characters that
 * look like code: `backticks`, ${not_interpolated}, "quotes", 'single',
 * and even a fake regex /abc/g that must stay part of the comment.
 */

'use strict';

const DEFAULT_LOCALE = 'en-US';
const SEPARATOR = "\u2014"; // em dash
const TAB = '\t', NEWLINE = "\n", QUOTE = '\'', DQUOTE = "\"";

/** @type {RegExp} matches SKU codes such as AB-1234/x */
const SKU_PATTERN = /^[A-Z]{2}-\d{4}(?:\/[a-z])?$/;
const SLASHES = /\/+/g;
const CLASS_WITH_SLASH = /[/\]]+/u;
const ESCAPED_BRACKETS = /\[(\w+)\]\s*=\s*"([^"\\]*(?:\\.[^"\\]*)*)"/gi;

// Division vs. regex: both of these are division, not regex literals.
const ratio = 10 / 2 / 5;
const half = (ratio) / 2;

function formatPrice(amount, currency = 'USD') {
  const formatter = new Intl.NumberFormat(DEFAULT_LOCALE, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(amount);
}

function renderRow(item, index) {
  // A template literal that spans many lines with nested interpolation.
  return `
    <tr class="${index % 2 === 0 ? 'even' : 'odd'}" data-sku="${item.sku}">
      <td>${item.name}</td>
      <td>${formatPrice(item.price, item.currency ?? 'USD')}</td>
      <td>${
        item.tags.length > 0
          ? item.tags.map((tag) => `<span class="tag">${tag}</span>`).join('')
          : '<em>none</em>'
      }</td>
      <td>${item.stock > 0 ? `${item.stock} left` : `sold out ${SEPARATOR} reorder`}</td>
    </tr>`;
}

function renderTable(items) {
  const rows = items.map(renderRow).join(NEWLINE);
  return `<table>
  <thead><tr><th>Name</th><th>Price</th><th>Tags</th><th>Stock</th></tr></thead>
  <tbody>
${rows}
  </tbody>
</table>`;
}

function escapeHtml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const tagged = (strings, ...values) =>
  strings.reduce(
    (acc, str, i) => acc + str + (i < values.length ? escapeHtml(values[i]) : ''),
    ''
  );

const userName = '<script>alert(1)</script>';
const safe = tagged`Hello, ${userName}! You have ${3 + 4} new ${'messages'}.`;
const raw = String.raw`C:\path\to\${folder}\file.txt`;

class Inventory {
  #items = new Map();
  static #instances = 0;

  constructor(name) {
    this.name = name;
    Inventory.#instances += 1;
  }

  static get count() {
    return Inventory.#instances;
  }

  add(item) {
    if (!SKU_PATTERN.test(item.sku)) {
      throw new TypeError(`Invalid SKU "${item.sku}" for ${this.name}`);
    }
    this.#items.set(item.sku, { ...item, tags: [...(item.tags || [])] });
    return this;
  }

  *[Symbol.iterator]() {
    yield* this.#items.values();
  }

  filter(predicate = () => true) {
    return [...this].filter(predicate);
  }

  async *pages(size = 10) {
    const all = [...this];
    for (let i = 0; i < all.length; i += size) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      yield all.slice(i, i + size);
    }
  }

  get summary() {
    const totals = this.filter().reduce(
      (acc, { price, stock }) => ({
        value: acc.value + price * stock,
        units: acc.units + stock,
      }),
      { value: 0, units: 0 }
    );
    return `${this.name}: ${totals.units} units worth ${formatPrice(totals.value)}`;
  }
}

const parseQuery = (query) =>
  Object.fromEntries(
    query
      .replace(/^\?/, '')
      .split('&')
      .filter(Boolean)
      .map((pair) => pair.split('=').map(decodeURIComponent))
  );

const nested = {
  a: [1, [2, [3, [4, { b: { c: [5, 6, { d: '}' }] } }]]]],
  'quoted-key': "value with } and { braces",
  [`computed_${'key'}`]: /}/.source,
};

function deepGet(obj, path, fallback = undefined) {
  return path
    .split(/[.[\]]+/)
    .filter((segment) => segment !== '')
    .reduce((node, key) => (node == null ? node : node[key]), obj) ?? fallback;
}

const label = (n) => {
  switch (true) {
    case n === 0:
      return 'none';
    case n < 5:
      return `a few (${n})`;
    default:
      return `many (${n > 1e3 ? `${(n / 1e3).toFixed(1)}k` : n})`;
  }
};

async function main() {
  const inv = new Inventory('Main warehouse');
  inv
    .add({ sku: 'AB-1234', name: 'Widget', price: 2.5, stock: 40, tags: ['blue'] })
    .add({ sku: 'CD-5678/x', name: 'Gadget "Pro"', price: 19.99, stock: 0 })
    .add({ sku: 'EF-9012', name: "O'Brien's tool", price: 7, stock: 1200 });

  for await (const page of inv.pages(2)) {
    console.log(renderTable(page));
  }

  outer: for (const item of inv) {
    for (const tag of item.tags) {
      if (/^b/i.test(tag)) continue outer;
    }
    console.log(`${item.name}${TAB}${label(item.stock)}`);
  }

  console.log(inv.summary, Inventory.count, deepGet(nested, 'a[1][1][0]'));
  console.log(parseQuery('?x=1&y=%20two'), safe, raw, half);
  console.log(ESCAPED_BRACKETS.flags, CLASS_WITH_SLASH.source, SLASHES.lastIndex);
  console.log(0x1f, 0o17, 0b1010, 1_000_000n, .5e-3, QUOTE + DQUOTE);
}

main().catch((err) => {
  console.error(`Failed: ${err?.message ?? err}`);
  process.exitCode = 1;
});
