import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { useLayoutEffect, type PropsWithChildren } from 'react';
import { themes } from 'storybook/theming';
import { useTheme } from './use-theme.js';

/** Docs pages in the toolbar's (or the system's) theme: Storybook's blocks in its dark theme, the kit's tokens with them. */
export function ThemedDocsContainer({ children, ...props }: PropsWithChildren<DocsContainerProps>) {
  const theme = useTheme();
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <DocsContainer {...props} theme={themes[theme]}>
      {children}
    </DocsContainer>
  );
}
