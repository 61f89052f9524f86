/**
 * Language of the office app: zh-CN first, English behind a switch that is remembered. Ant
 * Design's own texts and dayjs follow the same choice.
 */
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { Lang } from '../../core/labels.ts';
import { en, type MessageKey, zh } from './messages.ts';

const STORAGE_KEY = 'minsheng.lang';
const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en };

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangState>({ lang: 'zh', setLang: () => {} });

function initialLang(): Lang {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    dayjs.locale(next === 'zh' ? 'zh-cn' : 'en');
    setLangState(next);
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  return (
    <LangContext.Provider value={value}>
      <ConfigProvider locale={lang === 'zh' ? zhCN : enUS}>{children}</ConfigProvider>
    </LangContext.Provider>
  );
}

export const useLang = () => useContext(LangContext);

/** `t('login.required', { field: '密码' })`: the message in the current language. */
export function useT() {
  const { lang } = useLang();
  return useCallback(
    (key: MessageKey, vars?: Record<string, string | number>) =>
      MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? '')),
    [lang],
  );
}
