package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed files: each gives a FormatException whose message starts with {@code bad.xyz:line:}. */
class ExtXyzErrorTest {
    private static final String HEAD = "Properties=species:S:1:pos:R:3";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("count is not a number", "two\n\nH 0 0 0\n", 1, "expected the number of atoms, got 'two'"),
                Arguments.of("negative count", "-1\n\n", 1, "impossible number of atoms -1"),
                Arguments.of("VEC lines", "1\n\nH 0 0 0\nVEC1 1 0 0\n", 4, "VEC lines are not supported"),
                Arguments.of("count too large", "2\n\nH 0 0 0\n1\n\nH 0 0 0\n", 4, "looks like the atom count of the next frame"),
                Arguments.of("count too small", "1\n\nH 0 0 0\nH 1 0 0\n", 4, "expected the number of atoms, got 'H 1 0 0'"),
                Arguments.of("truncated frame", "3\n\nH 0 0 0\nH 1 0 0\n", 1, "the file ends after 2 of the 3 atom lines"),
                Arguments.of("no comment line", "2\n", 1, "the comment line and the atom lines are missing"),
                Arguments.of("too few columns", "1\n" + HEAD + "\nH 0 0\n", 3, "atom line has 3 values but Properties=species:S:1:pos:R:3 needs 4"),
                Arguments.of("too many columns", "1\n" + HEAD + "\nH 0 0 0 7\n", 3, "atom line has 5 values"),
                Arguments.of("bad real", "1\n" + HEAD + "\nH 0 1.2.3 0\n", 3, "cannot read '1.2.3' in column 3 (pos, component 2 of 3) as a real number"),
                Arguments.of("Java-only real", "1\n" + HEAD + "\nH 0 1.0d 0\n", 3, "cannot read '1.0d' in column 3"),
                Arguments.of("bad integer", "1\nProperties=species:S:1:pos:R:3:tags:I:1\nH 0 0 0 1.5\n", 3, "cannot read '1.5' in column 5 (tags) as an integer"),
                Arguments.of("bad logical", "1\nProperties=species:S:1:pos:R:3:fixed:L:1\nH 0 0 0 X\n", 3, "cannot read 'X' in column 5 (fixed) as a logical"),
                Arguments.of("unknown type", "1\nProperties=species:S:1:pos:X:3\nH 0 0 0\n", 2, "unknown type 'X' for column 'pos'"),
                Arguments.of("bad column count", "1\nProperties=species:S:1:pos:R:three\nH 0 0 0\n", 2, "column count 'three'"),
                Arguments.of("incomplete triple", "1\nProperties=species:S:1:pos:R\nH 0 0 0\n", 2, "must be name:type:ncols triples"),
                Arguments.of("known column wrong width", "1\nProperties=species:S:1:pos:R:3:forces:R:1\nH 0 0 0 1\n", 2, "column 'forces' must be forces:R:3"),
                Arguments.of("repeated column", "1\nProperties=species:S:1:pos:R:3:q:R:1:q:R:1\nH 0 0 0 1 2\n", 2, "column 'q' appears twice"),
                Arguments.of("force and forces", "1\nProperties=species:S:1:pos:R:3:force:R:3:forces:R:3\nH 0 0 0 1 2 3 1 2 3\n", 2, "twice (under two of its names)"),
                Arguments.of("no positions", "1\nProperties=species:S:1\nH\n", 2, "has no positions column"),
                Arguments.of("no species", "1\nProperties=pos:R:3\n0 0 0\n", 2, "has no species"),
                Arguments.of("unknown element", "1\n" + HEAD + "\nQq 0 0 0\n", 3, "unknown element 'Qq' in column 1"),
                Arguments.of("bad atomic number", "1\nProperties=Z:I:1:pos:R:3\n0 0 0 0\n", 3, "no element has atomic number 0"),
                Arguments.of("Z disagrees", "1\nProperties=species:S:1:pos:R:3:Z:I:1\nH 0 0 0 2\n", 3, "says Z = 2 (He) but the species column says H"),
                Arguments.of("duplicate key", "1\nenergy=1 energy=2\nH 0 0 0\n", 2, "key 'energy' appears twice on the comment line with different values"),
                Arguments.of("NaN position", "1\n" + HEAD + "\nH 0 nan 0\n", 3, "position of atom 0 is not finite (column 3 is 'nan')"),
                Arguments.of("zero mass", "1\nProperties=species:S:1:pos:R:3:masses:R:1\nH 0 0 0 0\n", 3, "mass of atom 0 must be positive"),
                Arguments.of("pbc without Lattice", "1\npbc=\"T T F\"\nH 0 0 0\n", 2, "pbc=\"T T F\" makes an axis periodic but there is no Lattice"),
                Arguments.of("bad pbc", "1\nLattice=\"1 0 0 0 1 0 0 0 1\" pbc=\"T T\"\nH 0 0 0\n", 2, "pbc must be three flags"),
                Arguments.of("short Lattice", "1\nLattice=\"1 0 0 0 1 0 0 0\"\nH 0 0 0\n", 2, "Lattice must be nine numbers"),
                Arguments.of("flat Lattice", "1\nLattice=\"1 0 0 2 0 0 0 0 1\"\nH 0 0 0\n", 2, "bad Lattice: lattice vectors are linearly dependent"),
                Arguments.of("energy not a number", "1\nenergy=low\nH 0 0 0\n", 2, "energy must be one number (eV), got 'low'"),
                Arguments.of("stress of 5", "1\nLattice=\"1 0 0 0 1 0 0 0 1\" stress=\"1 2 3 4 5\"\nH 0 0 0\n", 2, "stress must be 9 numbers"),
                Arguments.of("non-symmetric stress", "1\nLattice=\"1 0 0 0 1 0 0 0 1\" stress=\"1 0.5 0 0 1 0 0 0 1\"\nH 0 0 0\n", 2,
                        "stress is not a symmetric tensor"),
                Arguments.of("NaN stress", "1\nLattice=\"1 0 0 0 1 0 0 0 1\" stress=\"nan 0 0 0 1 0 0 0 1\"\nH 0 0 0\n", 2, "stress has a non-finite component"),
                Arguments.of("virial without Lattice", "1\nvirial=\"1 0 0 0 1 0 0 0 1\"\nH 0 0 0\n", 2, "virial needs a Lattice"),
                Arguments.of("stress and virial disagree", "1\nLattice=\"2 0 0 0 2 0 0 0 2\" stress=\"1 1 1 0 0 0\" virial=\"8 8 8 0 0 0\"\nH 0 0 0\n", 2,
                        "stress and virial disagree"),
                Arguments.of("unterminated quote", "1\nconfig_type=\"abc\nH 0 0 0\n", 2, "unterminated quote"),
                Arguments.of("empty quoted value", "1\nnote=\"\" energy=1\nH 0 0 0\n", 2, "empty quoted value for key 'note'"),
                Arguments.of("key missing", "1\n=5\nH 0 0 0\n", 2, "'=' without a key"),
                Arguments.of("lone backslash", "1\nnote=a\\\nH 0 0 0\n", 2, "lone backslash"),
                Arguments.of("blank line between frames", "1\n\nH 0 0 0\n\n1\n\nH 0 0 0\n", 4, "blank line where the atom count of a frame was expected"),
                Arguments.of("error in a later frame", "1\n\nH 0 0 0\n1\n\nH 0 x 0\n", 6, "cannot read 'x' in column 3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesFileLineAndProblem(String name, String content, long line, String fragment) {
        FormatException e = assertThrows(FormatException.class, () -> ExtXyzTestFrames.readAll(content, "bad.xyz"));
        assertTrue(e.getMessage().startsWith("bad.xyz:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertEquals(line, e.line());
        assertEquals("bad.xyz", e.file());
    }
}
