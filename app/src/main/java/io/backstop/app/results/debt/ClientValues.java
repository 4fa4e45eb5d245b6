package io.backstop.app.results.debt;

import io.backstop.core.debt.ClientValue;
import io.backstop.core.debt.DebtRules;
import io.backstop.core.debt.Ledger;
import io.backstop.core.debt.Receivable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Clients' value ({@link ClientValue}) from their whole invoice history: read in one query for a list of debtors,
 * not one per client.
 */
final class ClientValues {

    private final ReceivableStore receivables;

    ClientValues(ReceivableStore receivables) {
        this.receivables = receivables;
    }

    ClientValue of(String client, LocalDate on, DebtRules rules) {
        return of(List.of(client), on, rules).get(client);
    }

    /** Each client's value on {@code on}; a client without an invoice scores only the neutral history. */
    Map<String, ClientValue> of(Collection<String> clients, LocalDate on, DebtRules rules) {
        Map<String, List<Receivable>> byClient = receivables.receivablesOfClients(clients).stream()
                .map(StoredReceivable::receivable)
                .collect(Collectors.groupingBy(Receivable::client, TreeMap::new, Collectors.toList()));
        List<String> refs = byClient.values().stream().flatMap(List::stream).map(Receivable::id).toList();
        Ledger all = new Ledger(byClient.values().stream().flatMap(List::stream).toList(),
                receivables.paymentsOf(refs));
        Map<String, ClientValue> values = new TreeMap<>();
        for (String client : clients) {
            values.put(client, ClientValue.of(all.of(client), on, rules));
        }
        return values;
    }
}
