package org.mosaiccrm.service.impl.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.mosaiccrm.service.api.ArticleHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base's full-text index, a Lucene index in the data area. The database is the truth: the
 * index is rebuilt from it when it is missing, cannot be opened, or disappears while running (checked
 * before every use: one file lookup), so a lost or corrupt index heals instead of failing searches.
 * Every article is analysed in French and in English; a query is matched in both, the asker's language
 * first, title words weighing twice body words.
 */
public final class KnowledgeIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeIndex.class);

    static final String ID = "id";
    static final String LANGUAGE = "language";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final List<String> LANGUAGES = List.of("fr", "en");

    /** An article as the index takes it: plain text, published ones only. */
    public record Entry(String id, String language, String title, String text) {
    }

    private final Path folder;
    private final Consumer<Consumer<Entry>> everyArticle;
    private final Map<String, Analyzer> analyzers = Map.of("fr", CrmAnalyzers.french(), "en", CrmAnalyzers.english());
    private final Analyzer analyzer;
    // searches share the read side through acquire/search/release; writes, heals and rebuilds take the write side,
    // so no search meets a searcher being closed underneath it
    private final java.util.concurrent.locks.ReentrantReadWriteLock lock = new java.util.concurrent.locks.ReentrantReadWriteLock();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private int rebuilds;

    /** {@code everyArticle} feeds every published article to the consumer it is given (a rebuild). */
    public KnowledgeIndex(Path folder, Consumer<Consumer<Entry>> everyArticle) {
        this.folder = folder;
        this.everyArticle = everyArticle;
        Map<String, Analyzer> perField = new HashMap<>();
        for (String language : LANGUAGES) {
            perField.put(TITLE + "_" + language, analyzers.get(language));
            perField.put(BODY + "_" + language, analyzers.get(language));
        }
        this.analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    /** How many times the index was rebuilt since the module started (the first opening included when it had to). */
    public int rebuilds() {
        return writing(() -> rebuilds);
    }

    public void put(Entry entry) {
        writing(() -> {
            healthy();
            apply(entry.id(), entry);
            return null;
        });
    }

    public void remove(String id) {
        writing(() -> {
            healthy();
            apply(id, null);
            return null;
        });
    }

    /**
     * Brings one article up to date from what {@code current} reads now (null: not published), under the
     * write lock: two saves of one article can never reach the index in the wrong order.
     */
    public void sync(String id, java.util.function.Supplier<Entry> current) {
        writing(() -> {
            healthy();
            apply(id, current.get());
            return null;
        });
    }

    private void apply(String id, Entry entry) {
        try {
            if (entry == null) {
                writer.deleteDocuments(new Term(ID, id));
            } else {
                writer.updateDocument(new Term(ID, id), document(entry));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("the knowledge index could not take article " + id, e);
        }
    }

    private <T> T writing(java.util.function.Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Best first; a query without a searchable word finds nothing. */
    public List<ArticleHit> search(String text, String language, int limit) {
        Query query = query(text, language);
        if (query == null) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            if (!isHealthy()) {
                lock.readLock().unlock();
                try {
                    writing(() -> {
                        healthy();
                        return null;
                    });
                } finally {
                    lock.readLock().lock();
                }
            }
            SearcherManager current = searchers;
            IndexSearcher searcher = current.acquire();
            try {
                List<ArticleHit> hits = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                    Document doc = searcher.storedFields().document(hit.doc);
                    hits.add(new ArticleHit(doc.get(ID), doc.get(TITLE), doc.get(LANGUAGE), highlight(query, doc), hit.score));
                }
                return hits;
            } finally {
                current.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the knowledge index could not be searched", e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** After a failed write: the next use of the index rebuilds it from the database. */
    public void rebuildLater() {
        writing(() -> {
            closeQuietly();
            deleteFolder();
            return null;
        });
    }

    /** Drops the index and builds it again from the database; returns the articles indexed. */
    public int rebuild() {
        return writing(() -> {
            closeQuietly();
            deleteFolder();
            return open();
        });
    }

    Query query(String text, String language) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        boolean any = false;
        // both languages (people write in the one they prefer, whatever the screen's), the asker's weighing a little more
        for (String lang : LANGUAGES) {
            float weight = lang.equals(language) ? 1.2f : 1f;
            for (String term : terms(analyzers.get(lang), text)) {
                words.add(new BoostQuery(new TermQuery(new Term(TITLE + "_" + lang, term)), 2f * weight), BooleanClause.Occur.SHOULD);
                words.add(new BoostQuery(new TermQuery(new Term(BODY + "_" + lang, term)), weight), BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST);
        if (language != null) {
            // an article in the asker's language comes before an equal one in another
            query.add(new BoostQuery(new TermQuery(new Term(LANGUAGE, language)), 0.5f), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("q", text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < 64) {
                if (!terms.contains(term.toString())) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private String highlight(Query query, Document doc) {
        String body = doc.get(BODY);
        for (String lang : LANGUAGES.contains(doc.get(LANGUAGE)) ? List.of(doc.get(LANGUAGE)) : LANGUAGES) {
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
                    new QueryScorer(query, BODY + "_" + lang));
            highlighter.setMaxDocCharsToAnalyze(4000); // the excerpt comes from the article's start; long ones are not read whole
            try {
                String fragment = highlighter.getBestFragment(analyzers.get(lang), BODY + "_" + lang, body);
                if (fragment != null) {
                    return fragment;
                }
            } catch (IOException | InvalidTokenOffsetsException e) {
                break;
            }
        }
        return SimpleHTMLEncoder.htmlEncode(body.length() > 160 ? body.substring(0, 160) + "…" : body);
    }

    /** An article is analysed in its own language (both when its language has no analyzer here). */
    private Document document(Entry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new StringField(LANGUAGE, entry.language(), Field.Store.YES));
        doc.add(new StoredField(TITLE, entry.title()));
        doc.add(new StoredField(BODY, entry.text()));
        for (String lang : LANGUAGES.contains(entry.language()) ? List.of(entry.language()) : LANGUAGES) {
            doc.add(new TextField(TITLE + "_" + lang, entry.title(), Field.Store.NO));
            doc.add(new TextField(BODY + "_" + lang, entry.text(), Field.Store.NO));
        }
        return doc;
    }

    /** Opens the index, or rebuilds it when it is missing, was deleted underneath, or cannot be read. */
    private boolean isHealthy() {
        return writer != null && writer.isOpen() && Files.exists(folder.resolve(IndexWriter.WRITE_LOCK_NAME));
    }

    private void healthy() {
        if (isHealthy()) {
            return;
        }
        if (writer != null) {
            LOG.warn("The knowledge index at {} disappeared while running: rebuilding it from the database", folder);
            closeQuietly();
            deleteFolder();
        }
        open();
    }

    private int open() {
        try {
            Files.createDirectories(folder);
            boolean existed;
            try (Directory probe = FSDirectory.open(folder)) {
                existed = DirectoryReader.indexExists(probe);
            }
            try {
                openWriter();
                if (existed) {
                    DirectoryReader.open(writer).close(); // reads every segment's header: a damaged index fails here
                    return writer.getDocStats().numDocs;
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("The knowledge index at {} cannot be read ({}): rebuilding it from the database", folder, e.toString());
                closeQuietly();
                deleteFolder();
                Files.createDirectories(folder);
                openWriter();
            }
            return fill();
        } catch (IOException e) {
            throw new UncheckedIOException("the knowledge index at " + folder + " cannot be opened", e);
        }
    }

    private void openWriter() throws IOException {
        directory = FSDirectory.open(folder);
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        searchers = new SearcherManager(writer, null);
    }

    private int fill() throws IOException {
        rebuilds++;
        int[] count = {0};
        try {
            writer.deleteAll();
            everyArticle.accept(entry -> {
                try {
                    writer.addDocument(document(entry));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit();
        } catch (IOException | RuntimeException e) {
            // half built (the database went away...): dropped, so that the next use tries again from the start
            closeQuietly();
            deleteFolder();
            throw e;
        }
        searchers.maybeRefreshBlocking();
        LOG.info("The knowledge index at {} was built from the database: {} articles", folder, count[0]);
        return count[0];
    }

    private void deleteFolder() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the damaged knowledge index at " + folder + " cannot be removed", e);
        }
    }

    private void closeQuietly() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.rollback();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing the knowledge index", e);
        }
        searchers = null;
        writer = null;
        directory = null;
    }

    @Override
    public void close() {
        writing(() -> {
            closeQuietly();
            return null;
        });
    }
}
