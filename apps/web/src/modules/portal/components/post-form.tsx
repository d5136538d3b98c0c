import '../khmer.css';
import { Button, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useFormProblem } from '../../../ui/workspace/use-form-problem.ts';
import {
  createPost,
  POST_CATEGORIES,
  POST_LANGUAGES,
  POST_SITES,
  type Post,
  type PostCategory,
  type PostLanguage,
  type PostSite,
  updatePost,
} from '../api/posts.api.ts';

interface PostValues {
  language: PostLanguage;
  site: PostSite;
  category: PostCategory;
  title: string;
  summary: string;
  body: string;
}

// Only line ends are normalised: ZWSP (U+200B), typed by Khmer editors between words, must survive.
const clean = (v: string | undefined) => (v ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();

/**
 * Writes a new post (saved as a draft) or edits one (If-Match with the version shown). The text fields take
 * the post's language (lang="km" while writing Khmer), so the Khmer font and the right keyboard hints apply.
 */
export function PostForm({ post, onSaved }: { post?: Post; onSaved: (post: Post) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PostValues>();
  const failure = useFormProblem(form);
  const problem = failure.problem;
  const language = Form.useWatch('language', form) ?? post?.language ?? 'vi';
  const [busy, setBusy] = useState(false);

  async function finish(values: PostValues) {
    setBusy(true);
    failure.clear();
    const body = {
      language: values.language,
      site: values.site,
      category: values.category,
      title: clean(values.title),
      summary: clean(values.summary),
      body: clean(values.body),
    };
    try {
      onSaved(post ? await updatePost(post, body) : await createPost(body));
    } catch (error) {
      failure.report(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="op-panel" aria-labelledby="post-form-heading">
      <h2 id="post-form-heading">
        {post ? t('portalPosts.editor.editHeading') : t('portalPosts.editor.newHeading')}
      </h2>
      {problem ? <ProblemAlert problem={problem} placed={failure.placed} className="op-form-alert" /> : null}
      <Form<PostValues>
        form={form}
        name="post"
        layout="vertical"
        onFinish={(v) => void finish(v)}
        initialValues={
          post
            ? {
                language: post.language,
                site: post.site,
                category: post.category,
                title: post.title,
                summary: post.summary,
                body: post.body,
              }
            : { language: 'vi', site: 'component', category: 'news', title: '', summary: '', body: '' }
        }
        data-testid="post-form"
      >
        <Form.Item name="language" label={t('portalPosts.fields.language')}>
          <Radio.Group
            data-testid="post-language"
            options={POST_LANGUAGES.map((l) => ({
              value: l,
              label: <span lang={l}>{t(`portalPosts.languages.${l}`)}</span>,
            }))}
          />
        </Form.Item>
        <div className="op-form-row">
          <Form.Item name="site" label={t('portalPosts.fields.site')}>
            <Select
              data-testid="post-site"
              options={POST_SITES.map((s) => ({ value: s, label: t(`portalPosts.sites.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="category" label={t('portalPosts.fields.category')}>
            <Select
              data-testid="post-category"
              options={POST_CATEGORIES.map((c) => ({ value: c, label: t(`portalPosts.categories.${c}`) }))}
            />
          </Form.Item>
        </div>
        <Form.Item
          name="title"
          label={t('portalPosts.fields.title')}
          rules={[{ required: true, whitespace: true, message: t('portalPosts.editor.titleRequired') }]}
        >
          <Input maxLength={300} lang={language} data-testid="post-title" />
        </Form.Item>
        <Form.Item name="summary" label={t('portalPosts.fields.summary')}>
          <Input.TextArea rows={2} maxLength={1000} lang={language} data-testid="post-summary" />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('portalPosts.fields.body')}
          extra={t('portalPosts.editor.bodyHelp')}
          rules={[{ required: true, whitespace: true, message: t('portalPosts.editor.bodyRequired') }]}
        >
          <Input.TextArea rows={10} lang={language} data-testid="post-body-input" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="post-save">
          {post ? t('portalPosts.editor.save') : t('portalPosts.editor.saveDraft')}
        </Button>
      </Form>
    </section>
  );
}
