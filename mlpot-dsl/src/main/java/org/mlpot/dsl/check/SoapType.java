package org.mlpot.dsl.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.descriptor.soap.SoapRadialBasis;
import org.mlpot.descriptor.soap.SoapSettings;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.spec.SoapSpec;
import org.mlpot.structure.Element;
import org.mlpot.units.Dimension;

/**
 * {@code descriptor soap { ... }}: the SOAP power spectrum; its species are the model's elements in
 * order of atomic number (the order symmetry functions use, so that both concatenate).
 */
public final class SoapType implements DescriptorType<SoapSpec> {
    static final Setting<Double> CUTOFF = Setting.required("cutoff",
            ValueKinds.quantity(Dimension.LENGTH, Types.ANGSTROM, Range.greaterThan(0)));
    /** SoapSettings accepts n_max from 1 to 20. */
    static final Setting<Integer> N_MAX = Setting.required("n_max", ValueKinds.integer(Range.between(1, 20)));
    /** SoapSettings accepts l_max from 0 to 20. */
    static final Setting<Integer> L_MAX = Setting.required("l_max", ValueKinds.integer(Range.between(0, 20)));
    static final Setting<Double> SIGMA = Setting.withDefault("sigma",
            ValueKinds.quantity(Dimension.LENGTH, Types.ANGSTROM, Range.greaterThan(0)), SoapSettings.DEFAULT_ATOM_SIGMA);
    static final Setting<Double> TRANSITION = Setting.withDefault("transition",
            ValueKinds.quantity(Dimension.LENGTH, Types.ANGSTROM, Range.greaterThan(0)),
            SoapSettings.DEFAULT_CUTOFF_TRANSITION_WIDTH);
    static final Setting<SoapRadialBasis> BASIS = Setting.withDefault("basis",
            ValueKinds.choice("radial basis", Types.lowerCaseNames(SoapRadialBasis.class)), SoapRadialBasis.GTO);
    static final Setting<Double> CENTRAL_WEIGHT = Setting.withDefault("central_weight", ValueKinds.real(Range.any()), 1.0);
    static final Setting<Boolean> NORMALIZE = Setting.withDefault("normalize", ValueKinds.bool(), true);
    private static final int REMEMBERED = 32;
    private static final Map<SoapSettings, Optional<String>> CHECKED = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<SoapSettings, Optional<String>> eldest) {
            return size() > REMEMBERED;
        }
    };
    static final BlockSchema SCHEMA = BlockSchema.of(CUTOFF, N_MAX, L_MAX, SIGMA, TRANSITION, BASIS, CENTRAL_WEIGHT,
            NORMALIZE);

    @Override
    public Class<SoapSpec> specType() {
        return SoapSpec.class;
    }

    @Override
    public Optional<SoapSpec> check(BlockNode block, CheckContext context) {
        String title = "descriptor " + SoapSpec.TYPE;
        BlockValues v = BlockReader.read(title, Types.blame(block), block.statements(), SCHEMA, context);
        List<Element> species = new ArrayList<>(context.elements().orElse(List.of()));
        species.sort(null);
        if (!v.complete() || species.isEmpty()) {
            return Optional.empty();
        }
        SoapSettings settings;
        try {
            settings = new SoapSettings(v.get(CUTOFF), v.get(TRANSITION), v.get(SIGMA), v.get(N_MAX),
                    v.get(L_MAX), v.get(BASIS), v.get(CENTRAL_WEIGHT), species, v.get(NORMALIZE));
        } catch (IllegalArgumentException e) {
            context.report(CheckMessages.INVALID.at(v.span(), title, e.getMessage()));
            return Optional.empty();
        }
        Optional<String> problem = buildProblem(settings);
        if (problem.isPresent()) {
            context.report(CheckMessages.INVALID.at(v.spanOf(N_MAX), title, problem.get()));
            return Optional.empty();
        }
        return Optional.of(new SoapSpec(settings));
    }

    /**
     * Why a descriptor cannot be built from these settings (its radial basis is orthonormalised on
     * construction, which fails for a large n_max), if it cannot; remembered for the last few settings
     * because building takes a while.
     */
    private static Optional<String> buildProblem(SoapSettings settings) {
        synchronized (CHECKED) {
            Optional<String> known = CHECKED.get(settings);
            if (known != null) {
                return known;
            }
        }
        Optional<String> problem;
        try {
            new SoapDescriptor(settings);
            problem = Optional.empty();
        } catch (IllegalArgumentException e) {
            problem = Optional.of(e.getMessage());
        }
        synchronized (CHECKED) {
            CHECKED.put(settings, problem);
        }
        return problem;
    }

    @Override
    public void print(SoapSpec spec, SpecWriter out) {
        SoapSettings s = spec.settings();
        out.open("descriptor", SoapSpec.TYPE);
        out.setting(CUTOFF.name(), SpecWriter.quantity(s.cutoff(), "Å"));
        out.setting(N_MAX.name(), SpecWriter.integer(s.nMax()));
        out.setting(L_MAX.name(), SpecWriter.integer(s.lMax()));
        out.setting(SIGMA.name(), SpecWriter.quantity(s.atomSigma(), "Å"));
        out.setting(TRANSITION.name(), SpecWriter.quantity(s.cutoffTransitionWidth(), "Å"));
        out.setting(BASIS.name(), s.radialBasis().name().toLowerCase(Locale.ROOT));
        out.setting(CENTRAL_WEIGHT.name(), SpecWriter.number(s.centralWeight()));
        out.setting(NORMALIZE.name(), Boolean.toString(s.normalize()));
        out.close();
    }
}
