declare module 'virtual:summit-lens/knowledge' {
  const knowledge: import('./schema').Knowledge;
  export default knowledge;
}

declare module 'virtual:summit-lens/lexicon' {
  const lexicon: import('./lexicon').Lexicon;
  export default lexicon;
}

declare module 'virtual:summit-lens/article-cues' {
  const cues: import('./schema').ArticleCues;
  export default cues;
}

declare module 'virtual:summit-lens/gate' {
  const gate: import('./lexicon').Lexicon['gate'];
  export default gate;
}

declare module 'virtual:summit-lens/highlights.css?inline' {
  const css: string;
  export default css;
}
