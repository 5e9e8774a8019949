import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { Notice, PasswordField, SubmitButton } from './controls.tsx';
import { QrCode } from './QrCode.tsx';

export type TwoFactorView =
  | { stage: 'off' }
  | { stage: 'setup'; uri: string; secret: string }
  | { stage: 'done'; backupCodes: string[] }
  | { stage: 'on' };

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to type into an app by hand. */
export const groupSecret = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export function TwoFactorPage({
  view,
  required,
  staff,
  errors = [],
}: {
  view: TwoFactorView;
  /** Arrived here because a staff screen asked for two-step verification. */
  required?: boolean;
  staff: boolean;
  errors?: FieldError[];
}) {
  const { t, locale } = useCtx();
  const action = `/${locale}/account/two-factor`;
  return (
    <Layout title={t('accounts.twoFactor.title')} indexable={false} section="account">
      <p>
        <a href={`/${locale}/account`}>{t('accounts.account.back')}</a>
      </p>
      <h1>{t('accounts.twoFactor.title')}</h1>
      {required && view.stage !== 'on' && view.stage !== 'done' && (
        <div class="error-summary" role="alert">
          <h2>{t('accounts.twoFactor.required.title')}</h2>
          <p>{t('accounts.twoFactor.required.body')}</p>
        </div>
      )}
      <p class="lead">{t('accounts.twoFactor.lead')}</p>
      <ErrorSummary errors={errors} />

      {view.stage === 'off' && (
        <form method="post" action={action} novalidate>
          <CsrfField />
          <input type="hidden" name="action" value="start" />
          <p>{t('accounts.twoFactor.startIntro')}</p>
          <PasswordField
            name="password"
            label={t('accounts.field.currentPassword')}
            errors={errors}
            autocomplete="current-password"
          />
          <SubmitButton>{t('accounts.twoFactor.start')}</SubmitButton>
        </form>
      )}

      {view.stage === 'setup' && (
        <>
          <h2>{t('accounts.twoFactor.setup.scan')}</h2>
          <QrCode text={view.uri} label={t('accounts.twoFactor.setup.qrLabel')} />
          <p>{t('accounts.twoFactor.setup.manual')}</p>
          <p>
            <code class="secret">{groupSecret(view.secret)}</code>
          </p>
          <details>
            <summary>{t('accounts.twoFactor.setup.uri')}</summary>
            <p>
              <code>{view.uri}</code>
            </p>
          </details>
          <h2>{t('accounts.twoFactor.setup.confirm')}</h2>
          <form method="post" action={action} novalidate>
            <CsrfField />
            <input type="hidden" name="action" value="confirm" />
            <input type="hidden" name="uri" value={view.uri} />
            <Field
              name="code"
              label={t('accounts.twoFactor.code')}
              hint={t('accounts.twoFactor.codeHint')}
              errors={errors}
            >
              <input
                type="text"
                {...describe('code', errors, true)}
                autocomplete="one-time-code"
                inputMode="numeric"
                maxLength={6}
                spellcheck={false}
              />
            </Field>
            <SubmitButton>{t('accounts.twoFactor.confirm')}</SubmitButton>
          </form>
        </>
      )}

      {view.stage === 'done' && (
        <>
          <Notice>{t('accounts.account.notice.twoFactorEnabled')}</Notice>
          <h2>{t('accounts.twoFactor.backup.title')}</h2>
          <p>{t('accounts.twoFactor.backup.body')}</p>
          <ul class="backup-codes">
            {view.backupCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <p>
            <a href={`/${locale}/account`}>{t('accounts.account.back')}</a>
          </p>
        </>
      )}

      {view.stage === 'on' && (
        <>
          <p>{t('accounts.account.twoFactorOn')}</p>
          <h2>{t('accounts.twoFactor.disable.title')}</h2>
          <p>{t(staff ? 'accounts.twoFactor.disable.staffWarning' : 'accounts.twoFactor.disable.body')}</p>
          <form method="post" action={action} novalidate>
            <CsrfField />
            <input type="hidden" name="action" value="disable" />
            <PasswordField
              name="password"
              label={t('accounts.field.currentPassword')}
              errors={errors}
              autocomplete="current-password"
            />
            <SubmitButton danger>{t('accounts.twoFactor.disable.submit')}</SubmitButton>
          </form>
        </>
      )}
    </Layout>
  );
}
