package org.mlpot.descriptor.acsf;

import static org.mlpot.structure.Element.C;
import static org.mlpot.structure.Element.H;
import static org.mlpot.structure.Element.O;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.mlpot.descriptor.AbstractDescriptorContractTest;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.cutoff.CompactShape;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.structure.Structure;

/**
 * The descriptor contract for sets that together cover every symmetry-function type, every cutoff
 * type (with and without inner cutoff) and every compact subtype, with element-resolved pairs of
 * equal and of different elements. Cutoffs of 3.5–4.2 Å in cells of 3.1–3.7 Å bring in periodic
 * images. HARD cutoffs come with Gaussians of {@code exp(−eta rc²) < 1e-20} at rc, so that they are
 * continuous to well below the tolerances.
 */
class SymmetryFunctionsContractTest {

    static CutoffShape shape(CutoffType type, double alpha) {
        return new CutoffShape(type, alpha);
    }

    static CompactShape compact(String subtype) {
        return CompactShape.parse(subtype);
    }

    /** Types 2, 3, 9, 12 and 13 with all nine cutoff types. */
    static SymmetryFunctions exponentialSet() {
        return new SymmetryFunctions(List.of(H, O), List.of(
                new ExpRadial(H, H, 0.5, 0.0, 4.0, shape(CutoffType.COS, 0.0)),
                new ExpRadial(H, O, 1.2, 1.5, 3.6, shape(CutoffType.POLY2, 0.3)),
                new ExpRadial(O, H, 0.8, 0.9, 3.8, shape(CutoffType.TANHU, 0.0)),
                new ExpRadial(O, O, 0.3, 2.0, 4.2, shape(CutoffType.TANH, 0.0)),
                new ExpRadial(O, H, 4.0, 0.0, 3.5, shape(CutoffType.HARD, 0.0)),
                new ExpRadial(H, O, 0.4, 0.0, 3.9, shape(CutoffType.EXP, 0.2)),
                new ExpRadial(H, H, 0.7, 1.0, 4.1, shape(CutoffType.POLY1, 0.1)),
                new ExpRadial(O, O, 0.2, 0.0, 3.7, shape(CutoffType.POLY3, 0.0)),
                new ExpRadial(O, H, 0.1, 0.5, 4.0, shape(CutoffType.POLY4, 0.5)),
                new ExpAngular(AngularKind.NARROW, H, O, H, 0.3, 1, 1, 4.0, 0.0, shape(CutoffType.COS, 0.0)),
                new ExpAngular(AngularKind.NARROW, O, H, H, 0.2, -1, 2, 3.8, 0.5, shape(CutoffType.POLY2, 0.3)),
                new ExpAngular(AngularKind.NARROW, O, O, O, 0.1, 1, 1.5, 4.2, 0.0, shape(CutoffType.EXP, 0.2)),
                new ExpAngular(AngularKind.NARROW, O, O, H, 0.1, 1, 1.5, 4.2, 0.0, shape(CutoffType.EXP, 0.2)),
                new ExpAngular(AngularKind.WIDE, H, H, O, 0.4, -1, 4, 3.9, 1.0, shape(CutoffType.TANH, 0.0)),
                new ExpAngular(AngularKind.WIDE, O, H, O, 0.05, 1, 3, 4.1, 0.0, shape(CutoffType.POLY4, 0.5)),
                new ExpAngular(AngularKind.WIDE, H, H, H, 4.0, 1, 2, 3.6, 0.0, shape(CutoffType.HARD, 0.0)),
                new ExpAngular(AngularKind.WIDE, O, O, O, 0.3, -1, 1, 3.9, 0.2, shape(CutoffType.POLY3, 0.0)),
                new ExpRadialWeighted(H, 0.6, 0.8, 3.7, shape(CutoffType.POLY3, 0.0)),
                new ExpRadialWeighted(O, 0.9, 0.0, 4.0, shape(CutoffType.COS, 0.25)),
                new ExpAngularNarrowWeighted(H, 0.2, 0.0, 1, 1, 4.0, shape(CutoffType.POLY1, 0.1)),
                new ExpAngularNarrowWeighted(O, 0.15, 0.3, -1, 2.5, 3.9, shape(CutoffType.TANHU, 0.0))));
    }

    /** Types 20–25 with every compact subtype, plain-cutoff (rl = −rc) and shifted radial parts. */
    static SymmetryFunctions compactSet() {
        return new SymmetryFunctions(List.of(H, O), List.of(
                new CompactRadial(H, H, -3.8, 3.8, compact("p2")),
                new CompactRadial(H, O, 0.9, 3.5, compact("p3")),
                new CompactRadial(O, H, 0.5, 4.0, compact("p1a")),
                new CompactRadial(O, O, -4.2, 4.2, compact("e")),
                new CompactRadial(O, H, 1.2, 3.9, compact("p4a")),
                new CompactRadial(H, H, 1.0, 3.0, compact("p1")),
                new CompactAngular(AngularKind.NARROW, H, O, H, -4.0, 4.0, 0, 180, compact("p2")),
                new CompactAngular(AngularKind.NARROW, O, H, H, 0.8, 3.9, 30, 150, compact("p3")),
                new CompactAngular(AngularKind.NARROW, O, O, O, -3.9, 3.9, 0, 120, compact("p2a")),
                new CompactAngular(AngularKind.WIDE, H, H, H, -3.7, 3.7, 0, 150, compact("p4")),
                new CompactAngular(AngularKind.WIDE, O, O, H, 1.0, 4.1, 60, 180, compact("p2a")),
                new CompactAngular(AngularKind.WIDE, O, O, O, -4.0, 4.0, 20, 170, compact("e")),
                new CompactRadialWeighted(H, -3.6, 3.6, compact("p2")),
                new CompactRadialWeighted(O, 1.5, 4.0, compact("p3a")),
                new CompactAngularWeighted(AngularKind.NARROW, H, -3.9, 3.9, 0, 120, compact("p2")),
                new CompactAngularWeighted(AngularKind.NARROW, O, 0.7, 4.2, 49.1, 169.1, compact("p4")),
                new CompactAngularWeighted(AngularKind.WIDE, H, -4.0, 4.0, 45, 135, compact("e")),
                new CompactAngularWeighted(AngularKind.WIDE, O, 1.1, 3.8, 10, 100, compact("p1"))));
    }

    /**
     * Compact angular functions whose angle interval is centred on 0° or 180°: they are not 0 at
     * θ = 0 or 180°, where n2p2 drops the pair ({@code |cos θ| ≥ 1}), so they jump at exactly
     * collinear triples. Tested on a sample without such triples (no periodic self-images within rc).
     */
    static SymmetryFunctions collinearSensitiveSet() {
        return new SymmetryFunctions(List.of(H, O), List.of(
                new CompactRadial(H, O, -4.0, 4.0, compact("p2")),
                new CompactRadial(O, H, -4.0, 4.0, compact("p2")),
                new CompactAngular(AngularKind.WIDE, H, H, O, -3.7, 3.7, -90, 90, compact("p4")),
                new CompactAngular(AngularKind.NARROW, H, O, O, -4.0, 4.0, 90, 270, compact("e")),
                new CompactAngular(AngularKind.WIDE, O, O, O, -4.0, 4.0, 90, 270, compact("p2")),
                new CompactAngularWeighted(AngularKind.NARROW, O, 0.5, 3.9, -60, 60, compact("p3")),
                new CompactAngularWeighted(AngularKind.WIDE, H, -3.9, 3.9, 120, 240, compact("p2a"))));
    }

    /**
     * Wide angular functions that take the moment path ({@link WideAngularMoments}): equal and
     * different neighbour elements, ζ from 1 to the limit, λ = ±1 and ±0.5, zero and nonzero rs,
     * several cutoff types; one function per centre stays with the pair loop (ζ = 2.5).
     */
    static SymmetryFunctions momentSet() {
        return new SymmetryFunctions(List.of(H, O), List.of(
                new ExpRadial(H, O, 0.5, 0.0, 4.0, shape(CutoffType.COS, 0.0)),
                new ExpRadial(O, H, 0.5, 0.0, 4.0, shape(CutoffType.COS, 0.0)),
                new ExpAngular(AngularKind.WIDE, H, H, H, 0.3, 1, 1, 4.0, 0.0, shape(CutoffType.COS, 0.0)),
                new ExpAngular(AngularKind.WIDE, H, H, H, 0.3, -1, 2, 4.0, 0.0, shape(CutoffType.COS, 0.0)),
                new ExpAngular(AngularKind.WIDE, H, H, O, 0.3, 1, 3, 4.0, 0.0, shape(CutoffType.COS, 0.0)),
                new ExpAngular(AngularKind.WIDE, H, H, O, 0.3, -1, 8, 4.0, 0.0, shape(CutoffType.COS, 0.0)),
                new ExpAngular(AngularKind.WIDE, H, O, O, 0.8, 0.5, 5, 3.8, 1.3, shape(CutoffType.POLY2, 0.2)),
                new ExpAngular(AngularKind.WIDE, H, O, O, 0.8, -1, 4, 3.8, 1.3, shape(CutoffType.POLY2, 0.2)),
                new ExpAngular(AngularKind.WIDE, H, O, H, 0.8, 1, 7, 3.8, 1.3, shape(CutoffType.POLY2, 0.2)),
                new ExpAngular(AngularKind.WIDE, H, O, H, 0.3, -1, 2.5, 4.0, 0.0, shape(CutoffType.COS, 0.0)),
                new ExpAngular(AngularKind.WIDE, O, H, H, 0.2, 1, 6, 4.2, 0.7, shape(CutoffType.TANHU, 0.0)),
                new ExpAngular(AngularKind.WIDE, O, H, H, 0.2, -0.5, 1, 4.2, 0.7, shape(CutoffType.TANHU, 0.0)),
                new ExpAngular(AngularKind.WIDE, O, O, H, 0.2, -1, 1, 4.2, 0.7, shape(CutoffType.TANHU, 0.0)),
                new ExpAngular(AngularKind.WIDE, O, O, H, 0.2, 1, 8, 4.2, 0.7, shape(CutoffType.TANHU, 0.0)),
                new ExpAngular(AngularKind.WIDE, O, O, O, 0.4, 1, 2, 3.9, 0.0, shape(CutoffType.POLY4, 0.5)),
                new ExpAngular(AngularKind.WIDE, O, O, O, 0.4, -1, 5, 3.9, 0.0, shape(CutoffType.POLY4, 0.5)),
                new ExpAngular(AngularKind.WIDE, O, O, H, 0.4, 1, 2.5, 3.9, 0.0, shape(CutoffType.POLY4, 0.5))));
    }

    /** Three elements, mixed pairs and types; some neighbour elements change no radial function. */
    static SymmetryFunctions threeElementSet() {
        CutoffShape cos = shape(CutoffType.COS, 0.0);
        return new SymmetryFunctions(List.of(O, H, C), List.of(
                new ExpRadial(H, C, 0.5, 0.0, 4.0, cos),
                new ExpRadial(C, C, 0.5, 1.0, 4.0, cos),
                new ExpRadial(O, H, 0.5, 1.0, 4.0, cos),
                new CompactRadial(C, O, -4.0, 4.0, compact("p2")),
                new ExpAngular(AngularKind.NARROW, H, C, H, 0.1, 1, 2, 4.0, 0.0, cos),
                new ExpAngular(AngularKind.WIDE, C, O, C, 0.1, -1, 1, 4.0, 0.0, cos),
                new ExpAngular(AngularKind.WIDE, O, H, C, 0.2, 1, 4, 3.8, 0.0, cos),
                new CompactAngular(AngularKind.WIDE, O, O, H, -4.0, 4.0, 0, 180, compact("p2")),
                new CompactAngular(AngularKind.NARROW, C, H, O, -4.0, 4.0, 30, 160, compact("p3")),
                new ExpAngularNarrowWeighted(C, 0.1, 0.0, 1, 1, 3.9, cos),
                new CompactAngularWeighted(AngularKind.WIDE, H, -3.9, 3.9, 0, 180, compact("p2"))));
    }

    @Nested
    class ExponentialTypesWithEveryCutoff extends AbstractDescriptorContractTest {
        @Override
        protected Descriptor descriptor() {
            return exponentialSet();
        }

        @Override
        protected Structure periodicSample() {
            return Samples.triclinic(List.of(O, H, H, O, H, H), 11);
        }
    }

    @Nested
    class CompactTypesWithEverySubtype extends AbstractDescriptorContractTest {
        @Override
        protected Descriptor descriptor() {
            return compactSet();
        }

        @Override
        protected Structure periodicSample() {
            return Samples.triclinic(List.of(O, H, H, O, H, H), 12);
        }
    }

    @Nested
    class CompactAnglesCentredOnZeroOr180 extends AbstractDescriptorContractTest {
        @Override
        protected Descriptor descriptor() {
            return collinearSensitiveSet();
        }

        @Override
        protected Structure periodicSample() {
            return Samples.triclinic(List.of(O, H, H, O, H, H, O, H, H, O), 14, 5.2);
        }
    }

    @Nested
    class WideAngularThroughMoments extends AbstractDescriptorContractTest {
        @Override
        protected Descriptor descriptor() {
            return momentSet();
        }

        @Override
        protected Structure periodicSample() {
            return Samples.triclinic(List.of(O, H, H, O, H, H, O), 15);
        }
    }

    @Nested
    class ThreeElements extends AbstractDescriptorContractTest {
        @Override
        protected Descriptor descriptor() {
            return threeElementSet();
        }

        @Override
        protected Structure periodicSample() {
            return Samples.triclinic(List.of(C, H, O, H, C, O, H), 13);
        }
    }
}
