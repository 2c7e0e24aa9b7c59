import { ArgTypes, Description, DocsContext, Primary, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import { useContext } from 'react';
import { Selectors } from './Selectors.js';
import { stressStoryIds } from './stress-stories.js';

function StressStoryLinks() {
  const stress = useContext(DocsContext)
    .componentStories()
    .filter((story) => stressStoryIds.has(story.id));
  if (stress.length === 0) return null;
  return (
    <>
      <h3>Opened on their own</h3>
      <p>These stories load the browser or fail a request on purpose, so they open on their own rather than inside this page:</p>
      <ul>
        {stress.map((story) => (
          <li key={story.id}>
            <a href={`./?path=/story/${story.id}`} target="_top">
              {story.name}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

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
      <ArgTypes sort="requiredFirst" />
      <Selectors component={name} />
      <Stories />
      <StressStoryLinks />
    </>
  );
}
