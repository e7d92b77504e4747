// The hover's explanation cites the model word next to the label, not one far away (issue 12).
import * as assert from 'assert';
import { modelWord, surroundings } from '../../../../src/core/recognize/context';

suite('recognizer context: the word a hover cites', () => {
  test('the nearest model word wins on either side', () => {
    const text = 'We compared Gemma and others at length in this thread; the 8B quant was the winner';
    const at = text.indexOf('8B');
    assert.strictEqual(modelWord(surroundings(text, at, at + 2)), 'quant');
    const later = 'Mixtral was discussed long before this line of text. Now a 7B checkpoint';
    const at2 = later.indexOf('7B');
    assert.strictEqual(modelWord(surroundings(later, at2, at2 + 2)), 'checkpoint');
  });

  test('no word, no citation', () => {
    assert.strictEqual(modelWord(surroundings('pick a 7B here', 7, 9)), undefined);
  });
});
