// stopword 3.1.5 ships no types. Only what the similarity code uses is declared here.
declare module "stopword" {
  /** Stop words of a language, lower-cased, named by its ISO 639-3 code. */
  type StopWords = readonly string[];
  export const afr: StopWords, ara: StopWords, ben: StopWords, bre: StopWords, bul: StopWords, cat: StopWords;
  export const ces: StopWords, dan: StopWords, deu: StopWords, ell: StopWords, eng: StopWords, epo: StopWords;
  export const est: StopWords, eus: StopWords, fas: StopWords, fin: StopWords, fra: StopWords, gle: StopWords;
  export const glg: StopWords, guj: StopWords, hau: StopWords, heb: StopWords, hin: StopWords, hrv: StopWords;
  export const hun: StopWords, hye: StopWords, ind: StopWords, ita: StopWords, jpn: StopWords, kor: StopWords;
  export const kur: StopWords, lat: StopWords, lav: StopWords, lit: StopWords, mar: StopWords, msa: StopWords;
  export const mya: StopWords, nld: StopWords, nob: StopWords, pol: StopWords, por: StopWords, ron: StopWords;
  export const rus: StopWords, slk: StopWords, slv: StopWords, som: StopWords, sot: StopWords, spa: StopWords;
  export const swa: StopWords, swe: StopWords, tgl: StopWords, tha: StopWords, tur: StopWords, ukr: StopWords;
  export const urd: StopWords, vie: StopWords, yor: StopWords, zho: StopWords, zul: StopWords;
}
