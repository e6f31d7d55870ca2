/** One flag: how it parses, the value it takes (for help), and its help in both languages. */
export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
  /** The value's placeholder in help, e.g. `<file.json>`. */
  readonly value?: string;
  readonly en: string;
  readonly zh: string;
}

/** Every flag of every command; each command lists the ones that apply to it. */
export const FLAGS = {
  json: {
    type: 'boolean',
    en: 'machine-readable output (docs/formats.md)',
    zh: '机器可读的输出（见 docs/formats.md）',
  },
  lang: {
    type: 'string',
    value: 'en|zh-CN',
    en: 'language of all output (default: from LANG / LC_ALL, else en)',
    zh: '输出语言（默认取 LANG / LC_ALL，否则为 en）',
  },
  policy: {
    type: 'string',
    value: '<preset|file.json>',
    en: 'tencent-2024 (default), tencent-2023, standards, or a JSON policy file',
    zh: 'tencent-2024（默认）、tencent-2023、standards，或 JSON 策略文件',
  },
  help: { type: 'boolean', short: 'h', en: 'help for the command', zh: '命令的帮助' },
  version: { type: 'boolean', en: "certkit's version", zh: 'certkit 的版本' },
  validation: { type: 'string', value: 'DV|OV|EV', en: "the certificate's validation level", zh: '证书的验证级别' },
  brand: { type: 'string', value: '<brand>', en: 'certificate brand, e.g. TrustAsia', zh: '证书品牌，如 TrustAsia' },
  type: {
    type: 'string',
    value: '<type>',
    en: 'product type (DV, OV, EV, Free DV); for dcv: TXT or CNAME',
    zh: '产品类型（DV、OV、EV、Free DV）；dcv 中为 TXT 或 CNAME',
  },
  'domain-type': {
    type: 'string',
    value: 'single|multi|wildcard|multi-wildcard',
    en: 'the product’s domain type',
    zh: '产品的域名类型',
  },
  applicant: { type: 'string', value: 'individual|enterprise', en: 'who applies', zh: '申请主体' },
  ledger: {
    type: 'string',
    value: '<ledger.json>',
    en: 'the account’s certificates (docs/formats.md)',
    zh: '账号的证书记录（见 docs/formats.md）',
  },
  account: { type: 'string', value: '<id>', en: 'the applying account', zh: '申请的账号' },
  domain: {
    type: 'string',
    multiple: true,
    value: '<name>',
    en: 'a name to request (repeatable)',
    zh: '申请的域名（可重复）',
  },
  kind: {
    type: 'string',
    value: 'individual|enterprise',
    en: 'account kind (default individual)',
    zh: '账号类型（默认 individual）',
  },
  tier: { type: 'string', value: 'standard|v1|v2', en: 'membership tier', zh: '会员等级' },
  'vendor-registered': { type: 'boolean', en: 'the domain is registered with the vendor', zh: '域名在服务商处注册' },
  'ari-renewal': {
    type: 'boolean',
    en: 'the order replaces a certificate through ACME Renewal Information (STD-10)',
    zh: '该订单通过 ACME 续期信息（ARI）替换一张证书（STD-10）',
  },
  package: { type: 'string', value: '<n left>', en: 'certificates left in a bought package', zh: '已购套餐剩余数量' },
  now: {
    type: 'string',
    value: '<ISO time>',
    en: 'the time to decide at (default: now)',
    zh: '判断所用的时间（默认当前时间）',
  },
  records: {
    type: 'string',
    multiple: true,
    value: '<zone line>',
    en: 'a CAA record as a zone line (repeatable)',
    zh: '一条区域文件格式的 CAA 记录（可重复）',
  },
  'no-records': { type: 'boolean', en: 'evaluate as if the zone had no CAA records', zh: '按没有任何 CAA 记录判断' },
  issuer: {
    type: 'string',
    multiple: true,
    value: '<domain>',
    en: 'a CA’s issuer domain (repeatable), instead of --brand',
    zh: 'CA 的签发者域名（可重复），代替 --brand',
  },
  cert: {
    type: 'string',
    value: '<cert-state.json|->',
    en: 'the certificate state (docs/formats.md)',
    zh: '证书状态文件（见 docs/formats.md）',
  },
  cn: {
    type: 'string',
    value: '<name>',
    en: 'the common name (default: the first --domain)',
    zh: '通用名称（默认第一个 --domain）',
  },
  key: {
    type: 'string',
    value: 'rsa-2048|rsa-3072|rsa-4096|ec-p256|ec-p384|sm2',
    en: 'the key to generate (default rsa-2048; sm2: an SM2-with-SM3 CSR for 国密 certificates)',
    zh: '生成的密钥（默认 rsa-2048；sm2：国密 SM2-with-SM3 CSR）',
  },
  country: { type: 'string', value: '<CC>', en: 'subject country (ISO 3166 code)', zh: '主题国家代码（ISO 3166）' },
  state: { type: 'string', value: '<text>', en: 'subject state or province', zh: '主题省份' },
  locality: { type: 'string', value: '<text>', en: 'subject locality', zh: '主题城市' },
  org: { type: 'string', value: '<text>', en: 'subject organisation', zh: '主题组织' },
  unit: { type: 'string', value: '<text>', en: 'subject organisational unit', zh: '主题部门' },
  email: { type: 'string', value: '<address>', en: 'subject e-mail address', zh: '主题电子邮件' },
  'key-password': {
    type: 'string',
    value: '<password>',
    en: 'key password (visible to other users in ps and in shell history: prefer the file or variable)',
    zh: '密钥密码（会出现在 ps 和命令历史中，建议用文件或环境变量）',
  },
  'key-password-file': {
    type: 'string',
    value: '<file>',
    en: 'read the key password from a file (or CERTKIT_KEY_PASSWORD)',
    zh: '从文件读取密钥密码（或 CERTKIT_KEY_PASSWORD）',
  },
  out: { type: 'string', value: '<dir>', en: 'where to write files (default .)', zh: '文件写入目录（默认 .）' },
  force: {
    type: 'boolean',
    en: 'replace existing files; write server files for a broken chain',
    zh: '覆盖已有文件；链不完整也写出服务器文件',
  },
  method: { type: 'string', value: 'dns|file', en: 'validation method (default dns)', zh: '验证方式（默认 dns）' },
  token: { type: 'string', value: '<token>', en: 'the DNS record token the CA gave', zh: 'CA 提供的 DNS 记录令牌' },
  value: { type: 'string', value: '<value>', en: 'the DNS record value the CA gave', zh: 'CA 提供的 DNS 记录值' },
  zone: {
    type: 'string',
    value: '<zone>',
    en: 'the DNS zone (default: the primary domain)',
    zh: 'DNS 区域（默认主域名）',
  },
  path: { type: 'string', value: '<file name>', en: 'the validation file name the CA gave', zh: 'CA 提供的验证文件名' },
  content: {
    type: 'string',
    value: '<text>',
    en: 'the validation file content the CA gave',
    zh: 'CA 提供的验证文件内容',
  },
  trust: {
    type: 'string',
    multiple: true,
    value: '<roots.pem>',
    en: 'roots to validate to (repeatable)',
    zh: '用于验证的根证书（可重复）',
  },
  host: { type: 'string', value: '<name>', en: 'the name clients connect to', zh: '客户端访问的域名' },
  profile: {
    type: 'string',
    value: 'web-pki|rfc5280',
    en: 'the rules to validate by (default web-pki; rfc5280 for a private PKI)',
    zh: '验证所依据的规则（默认 web-pki；私有 PKI 用 rfc5280）',
  },
  purpose: {
    type: 'string',
    value: 'serverAuth|clientAuth|any|rcsMlsClientAuth|c2paManifest|c2paTimestamping',
    en: 'what the certificate is for (default serverAuth; the RCS and C2PA purposes with --profile rfc5280)',
    zh: '证书用途（默认 serverAuth；RCS 与 C2PA 用途需配合 --profile rfc5280）',
  },
  crl: {
    type: 'string',
    multiple: true,
    value: '<file.crl>',
    en: 'a CRL to check revocation with (repeatable, PEM or DER)',
    zh: '用于检查吊销状态的 CRL（可重复，PEM 或 DER）',
  },
  'require-revocation': {
    type: 'boolean',
    en: 'refuse a certificate no given CRL answers for',
    zh: '若没有 CRL 能确定证书状态则拒绝',
  },
  'private-key': { type: 'string', value: '<key.pem>', en: 'the certificate’s private key', zh: '证书的私钥' },
  to: {
    type: 'string',
    value: 'pem|der|pfx|jks|nginx|apache|iis|tomcat',
    en: 'what convert writes',
    zh: 'convert 输出的格式',
  },
  'legacy-pfx': {
    type: 'boolean',
    en: 'write the legacy PFX (Triple DES, SHA-1 MAC) Windows Server 2016 and older import',
    zh: '写出 Windows Server 2016 及更早版本可导入的旧格式 PFX（3DES、SHA-1 MAC）',
  },
  'include-root': { type: 'boolean', en: 'put the root at the end of the chain', zh: '把根证书放在链的末尾' },
  format: {
    type: 'string',
    value: 'nginx|apache|iis|tomcat',
    en: 'write the server files (with --out)',
    zh: '写出服务器文件（配合 --out）',
  },
  password: {
    type: 'string',
    value: '<password>',
    en: 'the PFX password (visible in ps and shell history: prefer the file or variable)',
    zh: 'PFX 密码（会出现在 ps 和命令历史中，建议用文件或环境变量）',
  },
  'password-file': {
    type: 'string',
    value: '<file>',
    en: 'the PFX password from a file (or CERTKIT_PFX_PASSWORD); default: generated',
    zh: '从文件读取 PFX 密码（或 CERTKIT_PFX_PASSWORD）；默认自动生成',
  },
} as const satisfies Record<string, FlagSpec>;

export type FlagName = keyof typeof FLAGS;

/** Flags every command takes. */
export const GLOBAL_FLAGS: readonly FlagName[] = ['json', 'lang', 'policy', 'help'];
