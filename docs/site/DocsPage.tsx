import { Controls, Description, Primary, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import { Selectors } from './Selectors.js';

/** The autodocs page of every component: Storybook's default blocks plus the component's styling selectors. */
export function DocsPage() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const name = preparedMeta.title.split('/').pop() ?? '';
  return (
    <>
      <Title />
      <Subtitle />
      <Description />
      <Primary />
      <Controls />
      <Selectors component={name} />
      <Stories />
    </>
  );
}
