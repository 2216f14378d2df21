package org.mlpot.dsl.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mlpot.descriptor.acsf.AngularKind;
import org.mlpot.descriptor.acsf.ExpAngular;
import org.mlpot.descriptor.acsf.ExpAngularNarrowWeighted;
import org.mlpot.descriptor.acsf.ExpRadial;
import org.mlpot.descriptor.acsf.ExpRadialWeighted;
import org.mlpot.descriptor.acsf.RadialGrid;
import org.mlpot.descriptor.acsf.SymmetryFunction;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.spec.SymmetryFunctionSpec;
import org.mlpot.structure.Element;
import org.mlpot.units.Dimension;
import org.mlpot.units.UnitParser;

/**
 * {@code descriptor acsf { ... }}: n2p2-style atom-centred symmetry functions, generated from grids
 * for every element combination (as n2p2's {@code sfparamgen}) or given as raw n2p2 lines.
 */
public final class AcsfType implements DescriptorType<SymmetryFunctionSpec> {
    private static final String SYMFUNCTION_KEYWORD = "symfunction_short ";

    /** A radial grid recipe, applied once the cutoff is known. */
    private record GridRecipe(String name, RadialGrid.Mode mode, int count, double lower, double upper) {
        List<RadialGrid.Point> points(double cutoff) {
            return name.equals("imbalzano") ? RadialGrid.imbalzano(mode, count, cutoff)
                    : RadialGrid.gastegger(mode, count, cutoff, lower, upper);
        }
    }

    private static final Map<String, CutoffType> FUNCTIONS = cutoffFunctions();
    private static final Map<String, ScalingType> SCALINGS = scalings();
    private static final ValueKind<RadialGrid.Mode> MODE = ValueKinds.choice("grid mode",
            Types.ordered("shifted", RadialGrid.Mode.SHIFTED, "centered", RadialGrid.Mode.CENTERED));
    private static final ValueKind<Double> RADIUS = ValueKinds.quantity(Dimension.LENGTH, Types.ANGSTROM, Range.atLeast(0));

    static final Setting<Double> CUTOFF = Setting.required("cutoff",
            ValueKinds.quantity(Dimension.LENGTH, Types.ANGSTROM, Range.greaterThan(0)));
    static final Setting<CutoffType> FUNCTION = Setting.withDefault("function",
            ValueKinds.choice("cutoff function", FUNCTIONS), CutoffType.COS);
    static final Setting<Double> ALPHA = Setting.withDefault("alpha", ValueKinds.real(Range.fromBelow(0, 1)), 0.0);
    static final Setting<String> SYMFUNCTION = Setting.repeated("symfunction", ValueKinds.string());
    static final Setting<ScalingType> SCALING = Setting.withDefault("scaling",
            ValueKinds.choice("scaling", SCALINGS), ScalingType.NONE);
    static final Setting<Double> SCALED_MIN = Setting.withDefault("scaled_min", ValueKinds.real(Range.any()), 0.0);
    static final Setting<Double> SCALED_MAX = Setting.withDefault("scaled_max", ValueKinds.real(Range.any()), 1.0);

    static final Setting<GridRecipe> GRID = Setting.optional("grid", ValueKinds.call("grid", Types.ordered(
            "imbalzano", ValueKinds.CallForm.of(args -> new GridRecipe("imbalzano", (RadialGrid.Mode) args.get(0),
                    (Integer) args.get(1), 0, 0), MODE, ValueKinds.integer(Range.between(2, 100))),

            "gastegger", ValueKinds.CallForm.of(args -> new GridRecipe("gastegger", (RadialGrid.Mode) args.get(0),
                    (Integer) args.get(1), (Double) args.get(2), (Double) args.get(3)),
                    MODE, ValueKinds.integer(Range.between(2, 100)), RADIUS, RADIUS))));
    static final Setting<List<Double>> ETA = Setting.optional("eta", ValueKinds.list(
            ValueKinds.quantity(Dimension.INVERSE_AREA, UnitParser.parse("1/Å²"), Range.atLeast(0)), 1, 1000));
    static final Setting<List<Double>> RS = Setting.optional("rs", ValueKinds.list(RADIUS, 1, 1000));
    static final Setting<AngularKind> KIND = Setting.withDefault("kind",
            ValueKinds.choice("angular kind", Types.ordered("narrow", AngularKind.NARROW, "wide", AngularKind.WIDE)),
            AngularKind.WIDE);
    static final Setting<List<Double>> ZETA = Setting.required("zeta",
            ValueKinds.list(ValueKinds.real(Range.greaterThan(0)), 1, 100));
    static final Setting<List<Double>> LAMBDA = Setting.withDefault("lambda",
            ValueKinds.list(ValueKinds.choice("lambda", lambdas()), 1, 2), List.of(-1.0, 1.0));

    static final SubBlock RADIAL = new SubBlock("radial", BlockSchema.of(GRID, ETA, RS), true, SubBlock.Label.NONE);
    static final SubBlock ANGULAR = new SubBlock("angular", BlockSchema.of(KIND, GRID, ETA, RS, ZETA, LAMBDA), true,
            SubBlock.Label.NONE);
    static final SubBlock WEIGHTED_RADIAL = new SubBlock("weighted_radial", BlockSchema.of(GRID, ETA, RS), true,
            SubBlock.Label.NONE);
    static final SubBlock WEIGHTED_ANGULAR = new SubBlock("weighted_angular", BlockSchema.of(GRID, ETA, RS, ZETA, LAMBDA),
            true, SubBlock.Label.NONE);

    static final BlockSchema SCHEMA = new BlockSchema(
            List.of(CUTOFF, FUNCTION, ALPHA, SYMFUNCTION, SCALING, SCALED_MIN, SCALED_MAX),
            List.of(RADIAL, ANGULAR, WEIGHTED_RADIAL, WEIGHTED_ANGULAR));

    @Override
    public Class<SymmetryFunctionSpec> specType() {
        return SymmetryFunctionSpec.class;
    }

    @Override
    public Optional<SymmetryFunctionSpec> check(BlockNode block, CheckContext context) {
        String title = "descriptor " + SymmetryFunctionSpec.TYPE;
        BlockValues values = BlockReader.read(title, Types.blame(block), block.statements(), SCHEMA, context);
        List<Element> elements = context.elements().orElse(List.of());
        Optional<Double> cutoff = values.find(CUTOFF);
        CutoffShape shape = new CutoffShape(values.get(FUNCTION), values.get(ALPHA));
        List<SymmetryFunction> functions = new ArrayList<>();
        boolean ok = values.complete() && cutoff.isPresent();
        if (!elements.isEmpty() && cutoff.isPresent()) {
            double rc = cutoff.get();
            SymmetryFunctionGenerator generator = new SymmetryFunctionGenerator(elements, rc, shape);
            for (BlockValues.Nested radial : complete(values.blocks(RADIAL))) {
                Optional<List<RadialGrid.Point>> grid = grid(radial.values(), "radial", rc, context);
                ok &= grid.map(g -> functions.addAll(generator.radial(g))).isPresent();
            }
            for (BlockValues.Nested angular : complete(values.blocks(ANGULAR))) {
                BlockValues v = angular.values();
                Optional<List<RadialGrid.Point>> grid = grid(v, "angular", rc, context);
                ok &= grid.map(g -> functions.addAll(withLambdas(generator.angular(v.get(KIND), g, array(v.get(ZETA))),
                        v.get(LAMBDA)))).isPresent();
            }
            for (BlockValues.Nested radial : complete(values.blocks(WEIGHTED_RADIAL))) {
                Optional<List<RadialGrid.Point>> grid = grid(radial.values(), "weighted_radial", rc, context);
                ok &= grid.map(g -> functions.addAll(generator.weightedRadial(g))).isPresent();
            }
            for (BlockValues.Nested angular : complete(values.blocks(WEIGHTED_ANGULAR))) {
                BlockValues v = angular.values();
                Optional<List<RadialGrid.Point>> grid = grid(v, "weighted_angular", rc, context);
                ok &= grid.map(g -> functions.addAll(withLambdas(generator.weightedAngular(g, array(v.get(ZETA))),
                        v.get(LAMBDA)))).isPresent();
            }
        }
        List<String> lines = values.all(SYMFUNCTION);
        for (int i = 0; i < lines.size(); i++) {
            ok &= symfunction(lines.get(i), shape, values, i, context).map(functions::add).isPresent();
        }
        Set<SymmetryFunction> distinct = new LinkedHashSet<>();
        for (SymmetryFunction f : functions) {
            if (!distinct.add(f)) {
                context.report(CheckMessages.INVALID.at(values.span(), title,
                        "the function '" + f.settingsLine().substring(SYMFUNCTION_KEYWORD.length()) + "' is given twice"));
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SymmetryFunctionSpec(functions, values.get(SCALING), values.get(SCALED_MIN),
                    values.get(SCALED_MAX)));
        } catch (IllegalArgumentException e) {
            String reason = functions.isEmpty()
                    ? "no symmetry functions; add a radial or angular block, or symfunction lines" : e.getMessage();
            context.report(CheckMessages.INVALID.at(values.span(), title, reason));
            return Optional.empty();
        }
    }

    @Override
    public void print(SymmetryFunctionSpec spec, SpecWriter out) {
        CutoffShape shape = CutoffShape.of(CutoffType.COS);
        Set<CutoffShape> shapes = new LinkedHashSet<>();
        for (SymmetryFunction f : spec.functions()) {
            shapeOf(f).ifPresent(shapes::add);
        }
        if (shapes.size() > 1) {
            throw new IllegalArgumentException("one acsf descriptor prints with one cutoff function, got " + shapes);
        }
        if (!shapes.isEmpty()) {
            shape = shapes.iterator().next();
        }
        out.open("descriptor", SymmetryFunctionSpec.TYPE);
        out.setting(CUTOFF.name(), SpecWriter.quantity(spec.cutoff(), "Å"));
        out.setting(FUNCTION.name(), name(FUNCTIONS, shape.type()));
        out.setting(ALPHA.name(), SpecWriter.number(shape.alpha()));
        for (SymmetryFunction f : spec.functions()) {
            out.setting(SYMFUNCTION.name(), SpecWriter.string(f.settingsLine().substring(SYMFUNCTION_KEYWORD.length())));
        }
        out.setting(SCALING.name(), name(SCALINGS, spec.scaling()));
        out.setting(SCALED_MIN.name(), SpecWriter.number(spec.scaledMin()));
        out.setting(SCALED_MAX.name(), SpecWriter.number(spec.scaledMax()));
        out.close();
    }

    /** The nested blocks read without error; the others have been reported. */
    private static List<BlockValues.Nested> complete(List<BlockValues.Nested> blocks) {
        return blocks.stream().filter(n -> n.values().complete()).toList();
    }

    private static Optional<List<RadialGrid.Point>> grid(BlockValues v, String block, double cutoff, CheckContext context) {
        String title = block + " in descriptor acsf";
        if (v.isGiven(GRID) && (v.isGiven(ETA) || v.isGiven(RS))) {
            context.report(CheckMessages.CONFLICT.at(v.spanOf(v.isGiven(ETA) ? ETA : RS), "'grid'", "'eta'/'rs'"));
            return Optional.empty();
        }
        if (v.isGiven(GRID)) {
            try {
                return Optional.of(v.get(GRID).points(cutoff));
            } catch (IllegalArgumentException e) {
                context.report(CheckMessages.INVALID.at(v.spanOf(GRID), "grid", e.getMessage()));
                return Optional.empty();
            }
        }
        if (!v.isGiven(ETA)) {
            context.report(CheckMessages.MISSING.at(v.span(), title, "'grid' or 'eta' (with optional 'rs')"));
            return Optional.empty();
        }
        List<Double> etas = v.get(ETA);
        List<Double> shifts = v.find(RS).orElse(List.of(0.0));
        int n = Math.max(etas.size(), shifts.size());
        if (etas.size() != n && etas.size() != 1 || shifts.size() != n && shifts.size() != 1) {
            context.report(CheckMessages.LIST_LENGTH.at(v.spanOf(RS), "rs", "1 value or one per eta (" + etas.size() + ")",
                    shifts.size()));
            return Optional.empty();
        }
        List<RadialGrid.Point> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new RadialGrid.Point(shifts.get(shifts.size() == 1 ? 0 : i), etas.get(etas.size() == 1 ? 0 : i)));
        }
        return Optional.of(points);
    }

    private static Optional<SymmetryFunction> symfunction(String line, CutoffShape shape, BlockValues values, int index,
            CheckContext context) {
        SourceSpan span = values.spansOf(SYMFUNCTION).get(index);
        SymmetryFunction f;
        try {
            f = SymmetryFunction.parse(SYMFUNCTION_KEYWORD + line, shape);
        } catch (IllegalArgumentException e) {
            context.report(CheckMessages.BAD_SYMFUNCTION.at(span, "'" + line + "' (function " + (index + 1) + "): "
                    + e.getMessage()));
            return Optional.empty();
        }
        for (String field : line.strip().split("\\s+")) {
            if (Element.find(field).isPresent() && ValueKinds.element(field, span, true, context).isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(f);
    }

    private static List<SymmetryFunction> withLambdas(List<SymmetryFunction> functions, List<Double> lambdas) {
        List<SymmetryFunction> kept = new ArrayList<>();
        for (SymmetryFunction f : functions) {
            double lambda = f instanceof ExpAngular a ? a.lambda() : ((ExpAngularNarrowWeighted) f).lambda();
            if (lambdas.contains(lambda)) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static Optional<CutoffShape> shapeOf(SymmetryFunction f) {
        if (f instanceof ExpRadial r) {
            return Optional.of(r.cutoff());
        } else if (f instanceof ExpAngular a) {
            return Optional.of(a.cutoff());
        } else if (f instanceof ExpRadialWeighted r) {
            return Optional.of(r.cutoff());
        } else if (f instanceof ExpAngularNarrowWeighted a) {
            return Optional.of(a.cutoff());
        }
        return Optional.empty();
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static <T> String name(Map<String, T> names, T value) {
        return names.entrySet().stream().filter(e -> e.getValue().equals(value)).findFirst().orElseThrow().getKey();
    }

    private static Map<String, CutoffType> cutoffFunctions() {
        Map<String, CutoffType> m = new LinkedHashMap<>();
        m.put("hard", CutoffType.HARD);
        m.put("cosine", CutoffType.COS);
        m.put("tanhu", CutoffType.TANHU);
        m.put("tanh", CutoffType.TANH);
        m.put("exp", CutoffType.EXP);
        m.put("poly1", CutoffType.POLY1);
        m.put("poly2", CutoffType.POLY2);
        m.put("poly3", CutoffType.POLY3);
        m.put("poly4", CutoffType.POLY4);
        return m;
    }

    private static Map<String, ScalingType> scalings() {
        Map<String, ScalingType> m = new LinkedHashMap<>();
        m.put("none", ScalingType.NONE);
        m.put("scale", ScalingType.SCALE);
        m.put("center", ScalingType.CENTER);
        m.put("scale_center", ScalingType.SCALE_CENTER);
        m.put("sigma", ScalingType.SIGMA);
        return m;
    }

    private static Map<String, Double> lambdas() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("-1", -1.0);
        m.put("1", 1.0);
        return m;
    }
}
