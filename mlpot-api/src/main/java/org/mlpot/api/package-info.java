/**
 * The supported embedding API of mlpot: what Java programs use to run mlpot. It is kept small and
 * stable; everything else in mlpot may change between versions.
 *
 * <ul>
 *   <li>{@link org.mlpot.api.Model}: load a model file or a built-in potential, evaluate structures
 *       (one, or a batch in parallel; thread-safe), save.</li>
 *   <li>{@link org.mlpot.api.Spec}: compile an {@code .mlpot} spec; errors come as a
 *       {@link org.mlpot.api.SpecException} with {@code file:line:col} diagnostics.</li>
 *   <li>{@link org.mlpot.api.Training}: train a spec on its data, on files or on frames, with an
 *       {@link org.mlpot.api.EpochCallback} that sees each epoch's {@link org.mlpot.api.EpochErrors}
 *       and may stop; gives a {@link org.mlpot.api.TrainedModel}.</li>
 *   <li>{@link org.mlpot.api.Dynamics}: NVE or Langevin molecular dynamics with a
 *       {@link org.mlpot.api.DynamicsObserver}; gives a {@link org.mlpot.api.DynamicsResult}.</li>
 *   <li>{@link org.mlpot.api.ExtXyz}: read, stream and write extended XYZ files.</li>
 * </ul>
 *
 * <p>Core value types that appear in this API, and are supported with it:
 * {@link org.mlpot.structure.Structure}, {@link org.mlpot.structure.Cell},
 * {@link org.mlpot.structure.Element} (package {@code org.mlpot.structure});
 * {@link org.mlpot.data.Frame}, {@link org.mlpot.data.Labels}, {@link org.mlpot.data.InfoValue};
 * {@link org.mlpot.potential.Result}, {@link org.mlpot.potential.Stress},
 * {@link org.mlpot.potential.Potential}; {@link org.mlpot.md.MdRecord},
 * {@link org.mlpot.md.MdRunResult}, {@link org.mlpot.md.ObserverAction};
 * {@link org.mlpot.io.FrameWriter}, {@link org.mlpot.io.InputException},
 * {@link org.mlpot.io.FormatException}; {@link org.mlpot.io.model.Provenance},
 * {@link org.mlpot.io.model.DataFileDigest}; and, for those who go deeper,
 * {@link org.mlpot.spec.ModelSpec} and {@link org.mlpot.descriptor.Descriptor}.
 *
 * <p>Units: eV, Å, fs, amu and K. Forces are {@code −∂E/∂r} (eV/Å); stress is {@code (1/V) ∂E/∂ε}
 * (eV/Å³) with ASE's sign; velocities are in Å/fs.
 */
package org.mlpot.api;
