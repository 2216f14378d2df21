package org.mlpot.dsl.check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlpot.spec.Optimizer;
import org.mlpot.spec.Schedule;
import org.mlpot.spec.SparseSpec;
import org.mlpot.units.Dimension;
import org.mlpot.units.Unit;
import org.mlpot.units.UnitParser;

/** The schemas of the model-level statements that are not registered types: sparse, noise, train, and the model's own settings. */
final class SectionSchemas {
    static final Unit EV_PER_ATOM = UnitParser.parse("eV/atom");
    static final Unit EV_PER_ANGSTROM = UnitParser.parse("eV/Å");
    static final Unit GPA = UnitParser.parse("GPa");

    static final Setting<List<org.mlpot.structure.Element>> ELEMENTS = Setting.required("elements",
            ValueKinds.list(ValueKinds.symbol(), 1, 118));
    static final Setting<String> BASELINE = Setting.optional("baseline", ValueKinds.string());
    static final Setting<Integer> COMMITTEE = Setting.withDefault("committee", ValueKinds.integer(Range.between(1, 1000)), 1);

    static final Setting<Integer> POINTS = Setting.required("points", ValueKinds.integer(Range.between(1, 10_000_000)));
    static final Setting<SparseSpec.Selection> SELECTION = Setting.withDefault("selection",
            ValueKinds.choice("selection", Types.lowerCaseNames(SparseSpec.Selection.class)), SparseSpec.Selection.CUR);
    static final BlockSchema SPARSE = BlockSchema.of(POINTS, SELECTION);

    static final Setting<Double> NOISE_ENERGY = Setting.required("energy",
            ValueKinds.quantity(Dimension.ENERGY_PER_ATOM, EV_PER_ATOM, Range.greaterThan(0)));
    static final Setting<Double> NOISE_FORCES = Setting.required("forces",
            ValueKinds.quantity(Dimension.FORCE, EV_PER_ANGSTROM, Range.greaterThan(0)));
    static final Setting<Double> NOISE_STRESS = Setting.required("stress",
            ValueKinds.quantity(Dimension.PRESSURE, GPA, Range.greaterThan(0)));
    static final Setting<Double> CONFIG_ENERGY = Setting.optional("energy", NOISE_ENERGY.kind());
    static final Setting<Double> CONFIG_FORCES = Setting.optional("forces", NOISE_FORCES.kind());
    static final Setting<Double> CONFIG_STRESS = Setting.optional("stress", NOISE_STRESS.kind());
    static final SubBlock CONFIG_TYPE = new SubBlock("config_type",
            BlockSchema.of(CONFIG_ENERGY, CONFIG_FORCES, CONFIG_STRESS), true, SubBlock.Label.REQUIRED);
    static final Setting<Boolean> NOISE_OPTIMIZE = Setting.withDefault("optimize", ValueKinds.bool(), false);
    static final BlockSchema NOISE = new BlockSchema(List.of(NOISE_ENERGY, NOISE_FORCES, NOISE_STRESS, NOISE_OPTIMIZE),
            List.of(CONFIG_TYPE));

    static final Setting<Double> LOSS_ENERGY = Setting.withDefault("energy", ValueKinds.real(Range.atLeast(0)), 1.0);
    static final Setting<Double> LOSS_FORCES = Setting.withDefault("forces", ValueKinds.real(Range.atLeast(0)), 1.0);
    static final Setting<Double> LOSS_STRESS = Setting.withDefault("stress", ValueKinds.real(Range.atLeast(0)), 0.0);
    static final SubBlock LOSS = new SubBlock("loss", BlockSchema.of(LOSS_ENERGY, LOSS_FORCES, LOSS_STRESS), false,
            SubBlock.Label.NONE);

    /** Which optimiser; its parameters are separate settings. */
    enum OptimizerName { ADAM, LBFGS, KALMAN }

    static final Setting<Path> DATA = Setting.oneOrMore("data", ValueKinds.file());
    static final Setting<Double> VALIDATION = Setting.withDefault("validation", ValueKinds.fraction(), 0.1);
    static final Setting<Double> TEST = Setting.withDefault("test", ValueKinds.fraction(), 0.0);
    static final Setting<Integer> SEED = Setting.withDefault("seed", ValueKinds.integer(Range.atLeast(0)), 0);
    static final Setting<OptimizerName> OPTIMIZER = Setting.withDefault("optimizer",
            ValueKinds.choice("optimizer", Types.lowerCaseNames(OptimizerName.class)), OptimizerName.ADAM);
    static final Setting<Double> LEARNING_RATE = Setting.withDefault("learning_rate",
            ValueKinds.real(Range.greaterThan(0)), 1e-3);
    static final Setting<Double> BETA1 = Setting.withDefault("beta1", ValueKinds.real(Range.fromBelow(0, 1)), 0.9);
    static final Setting<Double> BETA2 = Setting.withDefault("beta2", ValueKinds.real(Range.fromBelow(0, 1)), 0.999);
    static final Setting<Double> EPSILON = Setting.withDefault("epsilon", ValueKinds.real(Range.greaterThan(0)), 1e-8);
    static final Setting<Integer> HISTORY = Setting.withDefault("history", ValueKinds.integer(Range.between(1, 1000)), 10);
    static final Setting<Double> FORCE_FRACTION = Setting.withDefault("force_fraction",
            ValueKinds.positiveShare(), 0.02);
    static final Setting<Schedule> SCHEDULE = Setting.withDefault("schedule", ValueKinds.call("schedule", schedules()),
            new Schedule.Constant());
    static final Setting<Integer> EPOCHS = Setting.withDefault("epochs", ValueKinds.integer(Range.atLeast(1)), 100);
    static final Setting<Integer> BATCH = Setting.withDefault("batch", ValueKinds.integer(Range.atLeast(1)), 1);
    static final Setting<Integer> EARLY_STOPPING = Setting.optional("early_stopping", ValueKinds.integer(Range.atLeast(1)));
    static final Setting<Integer> CHECKPOINT_EVERY = Setting.withDefault("checkpoint_every",
            ValueKinds.integer(Range.atLeast(1)), 10);
    static final BlockSchema TRAIN = new BlockSchema(List.of(DATA, VALIDATION, TEST, SEED, OPTIMIZER, LEARNING_RATE, BETA1,
            BETA2, EPSILON, HISTORY, FORCE_FRACTION, SCHEDULE, EPOCHS, BATCH, EARLY_STOPPING, CHECKPOINT_EVERY), List.of(LOSS));

    static final SubBlock SPARSE_BLOCK = new SubBlock("sparse", SPARSE, false, SubBlock.Label.NONE);
    static final SubBlock NOISE_BLOCK = new SubBlock("noise", NOISE, false, SubBlock.Label.NONE);
    static final SubBlock TRAIN_BLOCK = new SubBlock("train", TRAIN, false, SubBlock.Label.NONE);
    static final BlockSchema MODEL = new BlockSchema(List.of(ELEMENTS, BASELINE, COMMITTEE),
            List.of(SPARSE_BLOCK, NOISE_BLOCK, TRAIN_BLOCK));

    private SectionSchemas() {
    }

    /** The name an optimiser prints as. */
    static String optimizerName(Optimizer optimizer) {
        if (optimizer instanceof Optimizer.Adam) {
            return "adam";
        }
        return optimizer instanceof Optimizer.Lbfgs ? "lbfgs" : "kalman";
    }

    private static Map<String, ValueKinds.CallForm<Schedule>> schedules() {
        ValueKind<Double> factor = ValueKinds.real(new Range(0, false, 1, true));
        ValueKind<Integer> every = ValueKinds.integer(Range.atLeast(1));
        Map<String, ValueKinds.CallForm<Schedule>> forms = new LinkedHashMap<>();
        forms.put("constant", ValueKinds.CallForm.of(args -> new Schedule.Constant()));
        forms.put("exponential", ValueKinds.CallForm.of(args -> new Schedule.Exponential((Double) args.get(0)), factor));
        forms.put("step", ValueKinds.CallForm.of(args -> new Schedule.Step((Double) args.get(0), (Integer) args.get(1)),
                factor, every));
        return forms;
    }
}
