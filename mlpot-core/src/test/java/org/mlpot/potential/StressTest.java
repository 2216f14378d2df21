package org.mlpot.potential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StressTest {

    @Test
    void voigtOrderIsAses() {
        Stress s = Stress.fromRowMajor(new double[] {1, 6, 5, 6, 2, 4, 5, 4, 3});
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, s.toVoigt(), 0.0);
        assertArrayEquals(new double[] {1, 6, 5, 6, 2, 4, 5, 4, 3}, s.toRowMajor(), 0.0);
        assertEquals(6.0, s.get(0, 1));
        assertEquals(-2.0, s.pressure(), 0.0);
    }

    @Test
    void virialIsMinusVolumeTimesStress() {
        Stress s = Stress.fromVoigt(new double[] {0.1, 0.2, 0.3, 0.01, 0.02, 0.03});
        double volume = 40.0;
        double[] virial = s.toVirial(volume);
        assertEquals(-4.0, virial[0], 1e-15);
        assertArrayEquals(s.toVoigt(), Stress.fromVirial(virial, volume).toVoigt(), 1e-15);
    }

    @Test
    void refusesAsymmetricAndNonFiniteTensors() {
        assertThrows(IllegalArgumentException.class, () -> Stress.fromRowMajor(new double[] {1, 2, 0, 3, 1, 0, 0, 0, 1}));
        assertThrows(IllegalArgumentException.class, () -> new Stress(Double.NaN, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Stress.fromVirial(new double[9], 0));
        assertThrows(IllegalArgumentException.class, () -> Stress.fromVoigt(new double[5]));
    }
}
