// The package ships no types: it exports one function over Mozilla's common-password list.
declare module 'fxa-common-password-list' {
  const list: { test(password: string): boolean };
  export default list;
}
