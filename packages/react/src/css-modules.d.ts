// The stylesheet is imported for its side effect (bundlers load it); it exports nothing.
declare module '*.css';
