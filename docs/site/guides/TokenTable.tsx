import { readTokens } from './tokens.js';

function Swatch({ name, theme }: { name: string; theme: 'light' | 'dark' }) {
  return (
    <span data-theme={theme} className="xc-token-swatch-box">
      <span className="xc-token-swatch" style={{ background: `var(${name})` }} />
    </span>
  );
}

/** Every `--xc-*` token with its default and, for colors, a swatch in each theme. */
export function TokenTable() {
  const tokens = readTokens();
  return (
    <table className="xc-token-table" data-slot="token-table">
      <caption>{tokens.length} tokens, read from the kit’s stylesheets</caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Default</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.name}>
            <th scope="row">
              <code>{token.name}</code>
            </th>
            <td>
              <code>{token.value}</code>
            </td>
            <td>{token.isColor ? <Swatch name={token.name} theme="light" /> : null}</td>
            <td>{token.isColor ? <Swatch name={token.name} theme="dark" /> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
