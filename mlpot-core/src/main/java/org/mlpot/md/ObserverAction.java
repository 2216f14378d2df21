package org.mlpot.md;

/** What an observer of a simulation or minimisation wants to happen next. */
public enum ObserverAction {
    /** Go on. */
    CONTINUE,
    /** Stop after this observation; the state stays as it is now. */
    STOP
}
