/**
 * The console page's script: checks the domains as the user types (checkDomains: names, product
 * rules, gifts), shows each refusal in English and Chinese, and generates a key pair and a CSR
 * with WebCrypto in the page. Bundled by build.mjs with esbuild; certkit is imported by its name.
 */
import { checkDomains } from 'certkit/domain';
import { formatIssue } from 'certkit/messages';
import { type DomainType, defaultPolicy } from 'certkit/policy';
import { generateCsr } from 'certkit/x509';

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const domainsInput = element<HTMLTextAreaElement>('domains');
const selects = ['brand', 'type', 'domainType'].map((id) => element<HTMLSelectElement>(id));
const generate = element<HTMLButtonElement>('generate');
let bound: readonly string[] = [];

const catalog = defaultPolicy.catalog;

/** Fills a select with `values`, keeping the current choice when it is still offered. */
function offer(select: HTMLSelectElement, values: readonly string[]): void {
  const current = select.value;
  select.replaceChildren(...values.map((value) => new Option(value, value)));
  if (values.includes(current)) select.value = current;
}

/** The brand, type and domain-type choices, from the policy's catalog (TYPE-01…06). */
function offerProducts(): void {
  const [brand, type, domainType] = selects as [HTMLSelectElement, HTMLSelectElement, HTMLSelectElement];
  offer(brand, Object.keys(catalog));
  const products = catalog[brand.value] ?? {};
  offer(type, Object.keys(products));
  offer(domainType, products[type.value]?.domainTypes ?? []);
}

function product() {
  const [brand, type, domainType] = selects.map((select) => select.value) as [string, string, DomainType];
  return { brand, type, domainType };
}

function render(): void {
  const domains = domainsInput.value.split(/\s+/).filter((line) => line !== '');
  const verdict = element('verdict');
  const list = element('issues');
  list.replaceChildren();
  if (domains.length === 0) {
    verdict.textContent = 'Type a domain.';
    verdict.className = 'info';
    generate.disabled = true;
    return;
  }
  const result = checkDomains({ domains, product: product() });
  bound = result.ok ? result.domains : [];
  verdict.textContent = result.ok
    ? 'These names can go on the certificate.'
    : 'Some names cannot go on this certificate.';
  verdict.className = result.ok ? 'ok' : 'refused';
  element('bound').textContent = result.ok ? result.domains.join(', ') : '—';
  element('gifted').textContent = result.gifted.length > 0 ? result.gifted.join(', ') : '—';
  for (const issue of result.issues) {
    const item = document.createElement('li');
    item.className = issue.severity === 'error' ? 'refused' : 'info';
    item.dataset.rule = issue.rule ?? '';
    const zh = document.createElement('span');
    zh.className = 'zh';
    zh.lang = 'zh-CN';
    zh.textContent = formatIssue(issue, 'zh-CN');
    item.append(`[${issue.rule ?? issue.code}] ${formatIssue(issue, 'en')}`, zh);
    list.append(item);
  }
  generate.disabled = !result.ok;
}

generate.addEventListener('click', async () => {
  generate.disabled = true;
  const csr = await generateCsr({ domains: bound, key: { type: 'EC', curve: 'P-256' } });
  const pre = element('csr');
  pre.textContent = csr.csrPem;
  pre.hidden = false;
  const save = element<HTMLAnchorElement>('save-key');
  save.href = URL.createObjectURL(new Blob([csr.privateKeyPem], { type: 'application/x-pem-file' }));
  save.hidden = false;
  generate.disabled = false;
});

domainsInput.addEventListener('input', render);
for (const select of selects)
  select.addEventListener('change', () => {
    offerProducts();
    render();
  });
offerProducts();
render();
