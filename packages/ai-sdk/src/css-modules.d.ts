// Side-effect stylesheet imports (e.g. '@execards/react/styles.css') are resolved by the app's bundler.
declare module '*.css';
