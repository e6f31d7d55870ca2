import { availableActions } from '../lifecycle/actions.js';
import { readState } from '../lifecycle/read-state.js';
import { renewalSchedule } from '../lifecycle/schedule.js';
import type { CertificateInput } from '../lifecycle/state.js';
import type { LifecycleAction } from '../lifecycle/table.js';
import { formatIssue, formatStatus, type Locale } from '../messages/index.js';
import type { Policy } from '../policy/schema.js';
import { issueLine } from './issue-line.js';
import { PLAIN, type Style } from './style.js';
import { displayWidth, fitTo } from './text-width.js';
import { say } from './words.js';

/** What each console button is called, in both languages. */
const ACTION_NAMES: Readonly<Record<LifecycleAction, readonly [string, string]>> = {
  submit: ['submit', '提交'],
  cancel: ['cancel', '撤回申请'],
  cancellationCompleted: ['cancellation completed', '撤回完成'],
  resubmit: ['resubmit', '重新提交'],
  remindReviewer: ['remind the reviewer', '催促审核'],
  letterUploaded: ['letter uploaded', '确认函已上传'],
  issue: ['issue', '签发'],
  fail: ['fail', '审核失败'],
  reissue: ['reissue', '重新签发'],
  reissueCompleted: ['reissue completed', '重新签发完成'],
  revoke: ['revoke', '吊销'],
  revocationLetterUploaded: ['revocation letter uploaded', '吊销申请函已上传'],
  revocationApproved: ['revocation approved', '吊销已批准'],
  expire: ['expire', '过期'],
  delete: ['delete', '删除'],
  renew: ['renew', '续费'],
  enableAutoRenew: ['switch auto-renewal on', '开启自动续费'],
  disableAutoRenew: ['switch auto-renewal off', '关闭自动续费'],
  autoRenewCharged: ['auto-renewal charged', '自动续费扣款成功'],
  autoRenewChargeFailed: ['auto-renewal charge failed', '自动续费扣款失败'],
  setHosting: ['set up hosting', '设置托管'],
  ignoreNotifications: ['ignore notifications', '忽略通知'],
  download: ['download', '下载'],
  deploy: ['deploy', '部署'],
};

/** A console button's name in the locale (`reissue` → 重新签发). */
export function actionName(action: LifecycleAction, locale: Locale): string {
  return ACTION_NAMES[action][locale === 'zh-CN' ? 1 : 0];
}

/** `certkit lifecycle`: the actions allowed now, with reasons, and the renewal schedule. */
export function lifecycleReport(
  cert: CertificateInput,
  options: { policy: Policy; locale: Locale; now: string; json: boolean; style?: Style },
): string {
  const style = options.style ?? PLAIN;
  const actions = availableActions(cert, { now: options.now, policy: options.policy }).map((action) => ({
    ...action,
    issues: action.issues.map((issue) => ({ ...issue, message: formatIssue(issue, options.locale) })),
  }));
  const state = readState(cert);
  const schedule = renewalSchedule(state, { policy: options.policy });
  if (options.json) return JSON.stringify({ status: state.status, actions, schedule }, null, 2);
  const t = say(options.locale);
  const { brand, type } = state.product;
  const lines = [`${brand} ${type} — ${formatStatus(state.status, options.locale)} ${t('at', '于')} ${options.now}`];
  for (const action of actions) {
    lines.push(`  ${action.allowed ? style.ok('✓') : style.error('✗')} ${actionName(action.action, options.locale)}`);
    for (const issue of action.issues) lines.push(`  ${issueLine(issue, issue.message, style)}`);
  }
  const autoRenew = actions.find((action) => action.action === 'enableAutoRenew');
  const rows: [string, string][] = [
    [t('expires', '到期'), schedule.expiresAt],
    [t('renewal opens', '可续费自'), schedule.windowOpensAt],
    [t('reminders', '提醒'), schedule.reminders.join(', ')],
    [t('suggested renewal', '建议续费'), `${schedule.suggestedRenewal.from} → ${schedule.suggestedRenewal.to}`],
    [t('expiry alarms from', '到期告警自'), schedule.alarmFrom],
  ];
  // LIFE-06: auto-renewal dates only for a certificate that can switch it on
  if (autoRenew?.allowed === true || state.autoRenew === true)
    rows.push(
      [t('auto-renewal: last day to switch on', '自动续费：最晚开启'), schedule.autoRenew.lastEnableAt],
      [t('auto-renewal: charged', '自动续费：扣款'), schedule.autoRenew.chargeAt],
    );
  lines.push(`  ${t('schedule', '时间表')}:`);
  const width = Math.max(...rows.map(([label]) => displayWidth(label))) + 2;
  for (const [label, value] of rows) lines.push(`    ${fitTo(`${label}:`, width)}${value}`);
  return lines.join('\n');
}
