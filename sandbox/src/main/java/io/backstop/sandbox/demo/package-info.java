/**
 * The demo department of the sandbox, as pure data generators (no server, store or HTTP here).
 *
 * <ul>
 *   <li>{@link io.backstop.sandbox.demo.DemoDepartment}: the settings document ({@code PUT settings} body), the
 *       calendar with Russian public holidays, the policy and goals, the six people and their full names.</li>
 *   <li>{@link io.backstop.sandbox.demo.DemoClients}: 150 clients, 50 per manager, from a seed.</li>
 *   <li>{@link io.backstop.sandbox.demo.DemoHistory}: the last ten working days up to {@code now}: actions to post
 *       to the tracker in order ({@code POST issues}, {@code POST issues/{key}/comments},
 *       {@code POST issues/{key}/resolve}) and absences to {@code POST absences}.</li>
 *   <li>{@link io.backstop.sandbox.demo.DemoTraffic}: what happens next, window by window, for a running sandbox;
 *       {@link io.backstop.sandbox.demo.DemoHistory#traffic(java.util.Random)} continues a history.</li>
 * </ul>
 *
 * <p>A server would do roughly: {@code PUT settings} with {@code DemoDepartment.settingsJson()}; generate
 * {@code DemoHistory.generate(now, seed)}; post its absences and, for each action, move the clock to
 * {@code action.at()} (manual clock) or simply apply it, and make the tracker call; then keep a
 * {@code history.traffic(random)} and, whenever sandbox time moves from {@code t0} to {@code t1}, apply
 * {@code traffic.next(t0, t1)} and pass actions people make in the sandbox to {@code traffic.observe(action)}.
 */
package io.backstop.sandbox.demo;
