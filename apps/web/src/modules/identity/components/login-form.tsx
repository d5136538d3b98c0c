import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { type LoginRequest, login, type Me } from '../api/auth.api.ts';

interface LoginValues {
  username: string;
  password: string;
  totp?: string;
}

/**
 * Username and password; when the API answers SECOND_FACTOR_REQUIRED (administrators), the six-digit TOTP
 * field appears and the same request is sent again with it.
 */
export function LoginForm({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginValues>();
  const [needsTotp, setNeedsTotp] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function submit(values: LoginValues) {
    setIsSubmitting(true);
    setProblem(null);
    const body: LoginRequest = { username: values.username.trim(), password: values.password };
    if (needsTotp && values.totp) body.totp = values.totp;
    try {
      onSignedIn(await login(body));
    } catch (error) {
      const p = error instanceof ApiProblem ? error : toApiProblem(error);
      if (p.code === 'SECOND_FACTOR_REQUIRED') {
        setNeedsTotp(true);
      } else {
        if (p.code === 'SECOND_FACTOR_INVALID') form.setFieldValue('totp', '');
        if (p.code === 'INVALID_CREDENTIALS') {
          form.setFieldValue('password', '');
          setNeedsTotp(false);
        }
        setProblem(p);
      }
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <Form<LoginValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      data-testid="login-form"
      className="op-login-form"
    >
      {problem ? <ProblemAlert problem={problem} className="op-form-alert" /> : null}
      <Form.Item
        label={t('login.username')}
        name="username"
        rules={[
          { required: true, whitespace: true, message: t('login.required', { field: t('login.username') }) },
        ]}
      >
        <Input autoComplete="username" autoCapitalize="none" spellCheck={false} size="large" />
      </Form.Item>
      <Form.Item
        label={t('login.password')}
        name="password"
        rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}
      >
        <Input.Password autoComplete="current-password" size="large" />
      </Form.Item>
      {needsTotp ? (
        <>
          <Alert type="info" showIcon title={t('login.totpPrompt')} className="op-form-alert" role="status" />
          <Form.Item
            label={t('login.totp')}
            name="totp"
            extra={t('login.totpHelp')}
            rules={[
              { required: true, message: t('login.required', { field: t('login.totp') }) },
              { pattern: /^[0-9]{6}$/, message: t('login.totpFormat') },
            ]}
          >
            <Input
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={6}
              size="large"
              // The field appears because the person just submitted: moving them to it is expected.
              autoFocus
            />
          </Form.Item>
        </>
      ) : null}
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        block
        loading={isSubmitting}
        data-testid="login-submit"
      >
        {needsTotp ? t('login.verify') : t('login.submit')}
      </Button>
    </Form>
  );
}
