package org.mlpot.descriptor.acsf;

import java.util.Comparator;
import org.mlpot.descriptor.cutoff.CutoffShape;

/** n2p2's sorted order of symmetry functions; see {@link SymmetryFunction#N2P2_ORDER}. */
final class N2p2Order implements Comparator<SymmetryFunction> {

    @Override
    public int compare(SymmetryFunction a, SymmetryFunction b) {
        int c = a.centre().compareTo(b.centre());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.type(), b.type());
        if (c != 0) {
            return c;
        }
        if (a instanceof ExpRadial x && b instanceof ExpRadial y) {
            return chain(cutoff(x.cutoff(), y.cutoff()), x.rc(), y.rc(), x.eta(), y.eta(), x.rs(), y.rs(),
                    x.neighbor().compareTo(y.neighbor()));
        }
        if (a instanceof ExpAngular x && b instanceof ExpAngular y) {
            return expAngular(x.cutoff(), y.cutoff(), x.rc(), y.rc(), x.eta(), y.eta(), x.rs(), y.rs(), x.zeta(), y.zeta(),
                    x.lambda(), y.lambda(), elements(x.neighbor1().compareTo(y.neighbor1()), x.neighbor2().compareTo(y.neighbor2())));
        }
        if (a instanceof ExpRadialWeighted x && b instanceof ExpRadialWeighted y) {
            return chain(cutoff(x.cutoff(), y.cutoff()), x.rc(), y.rc(), x.eta(), y.eta(), x.rs(), y.rs(), 0);
        }
        if (a instanceof ExpAngularNarrowWeighted x && b instanceof ExpAngularNarrowWeighted y) {
            return expAngular(x.cutoff(), y.cutoff(), x.rc(), y.rc(), x.eta(), y.eta(), x.rs(), y.rs(), x.zeta(), y.zeta(),
                    x.lambda(), y.lambda(), 0);
        }
        if (a instanceof CompactRadial x && b instanceof CompactRadial y) {
            c = x.shape().n2p2Name().compareTo(y.shape().n2p2Name());
            c = c != 0 ? c : x.neighbor().compareTo(y.neighbor());
            return c != 0 ? c : chain(0, x.rc(), y.rc(), x.rl(), y.rl(), 0, 0, 0);
        }
        if (a instanceof CompactAngular x && b instanceof CompactAngular y) {
            return compactAngular(x.shape().n2p2Name().compareTo(y.shape().n2p2Name()),
                    elements(x.neighbor1().compareTo(y.neighbor1()), x.neighbor2().compareTo(y.neighbor2())),
                    x.rc(), y.rc(), x.rl(), y.rl(), x.angleLeft(), y.angleLeft(), x.angleRight(), y.angleRight());
        }
        if (a instanceof CompactRadialWeighted x && b instanceof CompactRadialWeighted y) {
            c = x.shape().n2p2Name().compareTo(y.shape().n2p2Name());
            return c != 0 ? c : chain(0, x.rc(), y.rc(), x.rl(), y.rl(), 0, 0, 0);
        }
        if (a instanceof CompactAngularWeighted x && b instanceof CompactAngularWeighted y) {
            return compactAngular(x.shape().n2p2Name().compareTo(y.shape().n2p2Name()), 0,
                    x.rc(), y.rc(), x.rl(), y.rl(), x.angleLeft(), y.angleLeft(), x.angleRight(), y.angleRight());
        }
        throw new IllegalStateException("no order for " + a.getClass().getSimpleName() + " and " + b.getClass().getSimpleName());
    }

    private static int cutoff(CutoffShape a, CutoffShape b) {
        int c = Integer.compare(a.type().code(), b.type().code());
        return c != 0 ? c : Double.compare(a.alpha(), b.alpha());
    }

    private static int elements(int first, int second) {
        return first != 0 ? first : second;
    }

    /** {@code first}, then the three pairs of doubles, then {@code last}. */
    private static int chain(int first, double a1, double b1, double a2, double b2, double a3, double b3, int last) {
        if (first != 0) {
            return first;
        }
        int c = Double.compare(a1, b1);
        if (c == 0) {
            c = Double.compare(a2, b2);
        }
        if (c == 0) {
            c = Double.compare(a3, b3);
        }
        return c != 0 ? c : last;
    }

    private static int expAngular(CutoffShape ca, CutoffShape cb, double rcA, double rcB, double etaA, double etaB,
                                  double rsA, double rsB, double zetaA, double zetaB, double lambdaA, double lambdaB,
                                  int elements) {
        int c = chain(cutoff(ca, cb), rcA, rcB, etaA, etaB, rsA, rsB, 0);
        if (c == 0) {
            c = Double.compare(zetaA, zetaB);
        }
        if (c == 0) {
            c = Double.compare(lambdaA, lambdaB);
        }
        return c != 0 ? c : elements;
    }

    private static int compactAngular(int subtype, int elements, double rcA, double rcB, double rlA, double rlB,
                                      double leftA, double leftB, double rightA, double rightB) {
        if (subtype != 0) {
            return subtype;
        }
        if (elements != 0) {
            return elements;
        }
        return chain(0, rcA, rcB, rlA, rlB, leftA, leftB, Double.compare(rightA, rightB));
    }
}
