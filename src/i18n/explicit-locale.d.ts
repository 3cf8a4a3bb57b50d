export declare const experimentalStaticLocale: undefined;
export declare function getLocale(): never;
