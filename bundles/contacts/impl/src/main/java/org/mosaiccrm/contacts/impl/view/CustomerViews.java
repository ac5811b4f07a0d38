package org.mosaiccrm.contacts.impl.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.mosaiccrm.contacts.api.CustomerView;
import org.mosaiccrm.contacts.api.CustomerViewContributor;
import org.mosaiccrm.contacts.impl.ContactsConfig;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whiteboard of 360° view sections. Contributors are called in parallel, each within the time
 * budget: one that is slow or fails gives a section marked unavailable, never a failed view.
 */
@Component(service = CustomerViews.class, configurationPid = ContactsConfig.PID)
public class CustomerViews {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerViews.class);

    private final List<CustomerViewContributor> contributors = new CopyOnWriteArrayList<>();
    private volatile long budgetMillis;
    private final ExecutorService pool;

    private final CallerContext callers;

    @Activate
    public CustomerViews(@Reference CallerContext callers, ContactsConfig config) {
        this.callers = callers;
        this.budgetMillis = config.viewBudgetMillis();
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory named = r -> {
            Thread thread = new Thread(r, "crm-contacts-view-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(4, named);
    }

    @Modified
    void modified(ContactsConfig config) {
        this.budgetMillis = config.viewBudgetMillis();
    }

    @Deactivate
    void deactivate() {
        pool.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(CustomerViewContributor contributor) {
        contributors.add(contributor);
    }

    void removeContributor(CustomerViewContributor contributor) {
        contributors.remove(contributor);
    }

    public Map<String, CustomerView.Section> sections(String customerId) {
        List<CustomerViewContributor> current = new ArrayList<>(contributors);
        List<Future<Object>> answers = new ArrayList<>();
        for (CustomerViewContributor contributor : current) {
            // as the caller: a section may show staff what it shows no portal customer (reporting's churn risk)
            FutureTask<Object> answer = new FutureTask<>(() -> contributor.contribute(customerId));
            pool.execute(callers.propagating(answer));
            answers.add(answer);
        }
        Map<String, CustomerView.Section> sections = new TreeMap<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis);
        for (int i = 0; i < current.size(); i++) {
            String name = current.get(i).section();
            Future<Object> answer = answers.get(i);
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                sections.put(name, new CustomerView.Section(true, answer.get(left, TimeUnit.NANOSECONDS), null));
            } catch (TimeoutException e) {
                answer.cancel(true);
                sections.put(name, new CustomerView.Section(false, null, "no answer within " + budgetMillis + " ms"));
            } catch (ExecutionException e) {
                LOG.warn("360 view section {} failed for customer {}", name, customerId, e.getCause());
                sections.put(name, new CustomerView.Section(false, null, "failed: " + e.getCause().getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                sections.put(name, new CustomerView.Section(false, null, "interrupted"));
            }
        }
        return sections;
    }
}
