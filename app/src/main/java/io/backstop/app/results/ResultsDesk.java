package io.backstop.app.results;

import io.backstop.app.port.Locks;
import io.backstop.app.port.Tracker;
import io.backstop.app.response.ClockStore;
import io.backstop.app.results.common.ResultsConfig;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.complaints.ComplaintEntity;
import io.backstop.app.results.complaints.ComplaintStore;
import io.backstop.app.results.complaints.ComplaintsDesk;
import io.backstop.app.results.complaints.IssueParties;
import io.backstop.app.results.debt.DebtDesk;
import io.backstop.app.results.debt.DunningStepEntity;
import io.backstop.app.results.debt.PaymentEntity;
import io.backstop.app.results.debt.ReceivableEntity;
import io.backstop.app.results.debt.ReceivableStore;
import io.backstop.app.results.digest.DigestDesk;
import io.backstop.app.results.norms.ClientOperationEntity;
import io.backstop.app.results.norms.ManualOperationEntity;
import io.backstop.app.results.norms.NormsDesk;
import io.backstop.app.results.norms.OperationStore;
import io.backstop.app.results.norms.OperationDayEntity;
import io.backstop.app.results.sales.OfferEntity;
import io.backstop.app.results.sales.SalesDesk;
import io.backstop.app.results.scorecard.ScorecardDesk;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SchemaPart;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The department's results, one desk per concept: norm-hours, sales (upsells, offers, campaigns, loto cards,
 * cheap orders), debt (receivables, payments, dunning), complaints, the scorecard and the client digest. Each
 * records what happened as it happens, keeping pre-aggregated rows, and reads them through core's rules;
 * configuration is the {@link ResultsSettings} document.
 */
public final class ResultsDesk implements ResultsConfig {

    /**
     * The department's results (version 2): pre-aggregated operations, offers, receivables, complaints; per-client
     * operations and dunning steps came with version 6, which also dates the settled invoices; version 10 gives
     * complaints their source and the time they were last acted on; version 12 keeps operations recorded by hand one
     * by one (issue 17: the day's cap and the closed months' log). Every step migrates all entities, so a step
     * merged in with a lower number than one already applied still gets its tables from the next step that runs.
     */
    public static final SchemaPart SCHEMA = SchemaPart.since(2, OperationDayEntity.class, OfferEntity.class,
                    ReceivableEntity.class, PaymentEntity.class, ComplaintEntity.class, ClientOperationEntity.class,
                    DunningStepEntity.class, ManualOperationEntity.class)
            .changeAt(6, store -> new ReceivableStore(store).backfillSettledOn())
            .changeAt(10, store -> new ComplaintStore(store).backfillSourceAndActedAt())
            .migrateAt(12);

    private final ResultsContext context;
    private final NormsDesk norms;
    private final SalesDesk sales;
    private final DebtDesk debt;
    private final ComplaintsDesk complaints;
    private final ScorecardDesk scorecard;
    private final DigestDesk digest;

    public ResultsDesk(SettingsService department, EntityStore store, Locks locks, Tracker tracker) {
        this.context = new ResultsContext(department, store);
        this.norms = new NormsDesk(context, store, locks);
        this.debt = new DebtDesk(context, store, locks);
        this.sales = new SalesDesk(context, store, locks, debt, new OperationStore(store)::clientOperations);
        ClockStore clocks = new ClockStore(store);
        this.complaints = new ComplaintsDesk(context, store, locks, issue -> clocks.find(issue)
                .map(c -> new IssueParties(Optional.ofNullable(c.client()), Optional.ofNullable(c.clock().owner())))
                .orElse(IssueParties.UNKNOWN));
        this.scorecard = new ScorecardDesk(context, store, norms);
        this.digest = new DigestDesk(context, store, tracker, debt);
    }

    @Override
    public ResultsSettings settings() {
        return context.settings();
    }

    public ResultsSettings replaceSettings(ResultsSettings next) {
        return context.replaceSettings(next);
    }

    public ZoneId zone() {
        return context.zone();
    }

    public ResultsContext context() {
        return context;
    }

    public NormsDesk norms() {
        return norms;
    }

    public SalesDesk sales() {
        return sales;
    }

    public DebtDesk debt() {
        return debt;
    }

    public ComplaintsDesk complaints() {
        return complaints;
    }

    public ScorecardDesk scorecard() {
        return scorecard;
    }

    public DigestDesk digest() {
        return digest;
    }
}
