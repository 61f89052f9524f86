/**
 * A feature's words in both languages, declared together: the English must name every key the
 * Chinese has (the compiler checks), so no screen shows a raw key after the switch.
 */
export const defineMessages = <Z extends Record<string, string>>(
  zh: Z,
  en: Record<keyof Z, string>,
) => ({ zh, en });
