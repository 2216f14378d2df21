package org.mlpot.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlpot.units.Units;

/** File values chosen so that a unit conversion on reading gives back the wanted double exactly. */
class ReadBackValuesTest {

    @Test
    void everyValueReadFromAFileHasAFileValueThatReadsBackToIt() {
        Random random = new Random(23);
        double f = Units.BOHR;
        int plainMisses = 0;
        for (int i = 0; i < 10_000; i++) {
            double wanted = (0.01 + 20 * random.nextDouble()) * f; // as a reader multiplies a file value in Bohr
            double plain = wanted * (1 / f); // as the writer converts (withLengthsScaled(1 / f))
            if (plain * f != wanted) {
                plainMisses++;
            }
            double chosen = ReadBackValues.preimage(wanted, x -> x * f, plain);
            assertEquals(wanted, chosen * f, "value " + i);
        }
        assertTrue(plainMisses > 0, "the plain inverse should miss some values, which is why the search exists");
    }

    @Test
    void withoutAPreimageTheGuessIsKept() {
        assertEquals(0.5, ReadBackValues.preimage(3.0, x -> Double.NaN, 0.5));
    }
}
