package io.backstop.core.scorecard;

import io.backstop.core.staff.Role;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The weights per role that has a scorecard: the managers', the operator's and the head's. The defaults are the
 * head's starting point ("default weights, set by the head"), not a record of what is paid.
 */
public record RoleWeights(Weights manager, Weights operator, Weights head) {

    /** The roles with a scorecard, in the order screens and documents list them. */
    public static final List<Role> ROLES = List.of(Role.MANAGER, Role.OPERATOR, Role.HEAD);

    public static final RoleWeights DEFAULT = new RoleWeights(Weights.DEFAULT, Weights.OPERATOR_DEFAULT,
            Weights.HEAD_DEFAULT);

    public RoleWeights {
        Check.notNull(manager, "weights.MANAGER");
        Check.notNull(operator, "weights.OPERATOR");
        Check.notNull(head, "weights.HEAD");
    }

    /** The managers' weights with the default operator's and head's: how an old flat document is read. */
    public static RoleWeights ofManagers(Weights manager) {
        return new RoleWeights(manager, DEFAULT.operator, DEFAULT.head);
    }

    /** The weights of a role with a scorecard; none for the office manager and the director. */
    public Optional<Weights> of(Role role) {
        return Optional.ofNullable(switch (role) {
            case MANAGER -> manager;
            case OPERATOR -> operator;
            case HEAD -> head;
            default -> null;
        });
    }

    /** The same with one role's weights replaced. */
    public RoleWeights with(Role role, Weights weights) {
        return switch (role) {
            case MANAGER -> new RoleWeights(weights, operator, head);
            case OPERATOR -> new RoleWeights(manager, weights, head);
            case HEAD -> new RoleWeights(manager, operator, weights);
            default -> throw Check.invalid("role", Problem.of("error.scorecard.hasScorecard", role));
        };
    }
}
