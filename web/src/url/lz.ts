// lz-string's URI-safe decoder, with a cap on output size: a short link cannot expand into
// gigabytes. Returns null for malformed input or when the text would exceed `maxChars`.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

export function decompressFromUriBounded(input: string, maxChars: number): string | null {
  if (input === '') return null;
  const text = input.replace(/ /g, '+');
  const values = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const v = VALUE.get(text.charAt(i));
    if (v === undefined) return null;
    values[i] = v;
  }
  const length = values.length;
  const resetValue = 32;
  let val = values[0] ?? 0;
  let position = resetValue;
  let index = 1;
  let exhausted = false;

  const readBits = (n: number): number => {
    let bits = 0;
    for (let power = 1, maxpower = 2 ** n; power !== maxpower; power *= 2) {
      const resb = val & position;
      position >>= 1;
      if (position === 0) {
        position = resetValue;
        if (index >= length) exhausted = true;
        val = values[index++] ?? 0;
      }
      if (resb > 0) bits += power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  let total = 0;

  const first = readBits(2);
  if (first === 2) return '';
  if (first !== 0 && first !== 1) return null;
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const result: string[] = [w];
  total = w.length;

  for (;;) {
    if (index > length || exhausted) return null;
    let c = readBits(numBits);
    if (c === 2) return result.join('');
    if (c === 0 || c === 1) {
      dictionary[dictSize++] = String.fromCharCode(readBits(c === 0 ? 8 : 16));
      c = dictSize - 1;
      enlargeIn--;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    const known = dictionary[c];
    if (known !== undefined && known !== '') entry = known;
    else if (c === dictSize) entry = w + w.charAt(0);
    else return null;
    total += entry.length;
    if (total > maxChars) return null;
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
