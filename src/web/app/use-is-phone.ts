/** True below 768 px, where the menu becomes a drawer and tables become lists. */
import { Grid } from 'antd';

export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}
