package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlpot.data.AtomColumn;
import org.mlpot.data.Frame;
import org.mlpot.data.InfoValue;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;

/** Files written by ASE 3.22.1 (see resources io/ase/README.md) read as ASE reads them. */
class ExtXyzAseFilesTest {

    static final String[] FILES = {"triclinic.extxyz", "slab.extxyz", "molecule.extxyz", "bulk.extxyz.gz"};

    @ParameterizedTest
    @ValueSource(strings = {"triclinic.extxyz", "slab.extxyz", "molecule.extxyz", "bulk.extxyz.gz"})
    void readsEveryValueAsAseDoes(String name) throws IOException {
        List<Frame> frames = ExtXyzTestFrames.readAll(ExtXyzTestFrames.resource("io/ase/" + name));
        String expected = Files.readString(ExtXyzTestFrames.resource("io/ase/" + name + ".expected"));
        AseDump.assertSame(expected, AseDump.of(frames), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"triclinic.extxyz", "slab.extxyz", "molecule.extxyz", "bulk.extxyz.gz"})
    void writingWhatAseWroteKeepsEveryValue(String name) throws IOException {
        List<Frame> frames = ExtXyzTestFrames.readAll(ExtXyzTestFrames.resource("io/ase/" + name));
        StringWriter out = new StringWriter();
        try (ExtXyzWriter writer = ExtXyzWriter.of(out)) {
            frames.forEach(writer::write);
        }
        String expected = Files.readString(ExtXyzTestFrames.resource("io/ase/" + name + ".expected"));
        AseDump.assertSame(expected, AseDump.of(ExtXyzTestFrames.readAll(out.toString(), name)), name + " rewritten");
    }

    @Test
    void triclinicFileHasTheValuesOfTheScript() {
        List<Frame> frames = ExtXyzTestFrames.readAll(ExtXyzTestFrames.resource("io/ase/triclinic.extxyz"));
        assertEquals(3, frames.size());
        Frame a = frames.get(0);
        assertEquals(List.of(Element.Si, Element.Si, Element.Si, Element.Ge, Element.C), a.structure().speciesList());
        assertArrayEquals(new double[] {1.3, 4.9, 0.0}, a.structure().cell().vector(1));
        assertEquals(13.003355, a.structure().mass(4));
        assertEquals(Element.Si.mass(), a.structure().mass(0));
        assertEquals(-23.456789012345678, a.labels().energy().orElseThrow());
        assertEquals(-23.5, a.labels().freeEnergy().orElseThrow());
        assertEquals(new InfoValue.Text("md run at 300 K"), a.info().get("config_type"));
        assertEquals(new InfoValue.Integer(42), a.info().get("step"));
        assertEquals(new InfoValue.Real(300.5), a.info().get("temperature"));
        assertEquals(new InfoValue.Bool(true), a.info().get("converged"));
        assertEquals(List.of("tags", "initial_charges", "fixed", "label", "dipoles", "counts"),
                a.columns().stream().map(AtomColumn::name).toList());
        assertArrayEquals(new long[] {0, 1, 1, 2, 7}, ((AtomColumn.Integers) a.columns().get(0)).values());
        assertArrayEquals(new String[] {"core", "surf", "surf", "core", "dopant"}, ((AtomColumn.Texts) a.columns().get(3)).values());
        assertEquals(2, a.columns().get(5).width());
        assertEquals(new InfoValue.Integers(new long[] {4, 4, 2}), frames.get(1).info().get("kpoints"));
        assertEquals(new InfoValue.Reals(new double[] {0.1, 0.05}), frames.get(1).info().get("smearing"));
        assertEquals(List.of(Element.Cu), frames.get(2).structure().speciesList());
    }

    @Test
    void slabFileHasTheValuesOfTheScript() {
        List<Frame> frames = ExtXyzTestFrames.readAll(ExtXyzTestFrames.resource("io/ase/slab.extxyz"));
        assertArrayEquals(new boolean[] {true, true, false}, frames.get(0).structure().cell().pbc());
        assertArrayEquals(new boolean[] {false, false, true}, frames.get(2).structure().cell().pbc());
        assertEquals(new InfoValue.Text("slab \"111\" surface"), frames.get(0).info().get("config_type"));
        assertEquals(new InfoValue.Text("it's a slab"), frames.get(1).info().get("config_type"));
        assertEquals(new InfoValue.Text("key=value inside {braces} and [brackets]"), frames.get(0).info().get("note"));
        assertEquals(new InfoValue.Bools(new boolean[] {true, false, true}), frames.get(0).info().get("flags"));
        assertEquals(new InfoValue.Text("x"), frames.get(0).info().get("my key"));
        assertEquals(-15.25, frames.get(1).labels().energy().orElseThrow());
    }

    @Test
    void moleculeFileHasNoCell() {
        List<Frame> frames = ExtXyzTestFrames.readAll(ExtXyzTestFrames.resource("io/ase/molecule.extxyz"));
        assertEquals(2, frames.size());
        assertEquals(Cell.none(), frames.get(0).structure().cell());
        assertFalse(frames.get(0).labels().stress().isPresent());
        assertEquals(9, frames.get(0).labels().atomEnergies().orElseThrow().length);
        assertEquals(new InfoValue.Text("ethanol"), frames.get(0).info().get("name"));
    }
}
