package parley.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.Constants;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.metadata.FixedFlow;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.ConfigurationParameter;
import org.apache.uima.resource.metadata.impl.ConfigurationParameter_impl;
import org.apache.uima.ResourceSpecifierFactory;

import parley.types.ParleyTypeSystem;

/**
 * Builds Parley's analysis engines as plain UIMA descriptions (uimaFIT would need Spring, which has
 * no OSGi manifest). Engines are made with a resource manager that loads classes from this bundle,
 * which sees the JCas classes of {@code parley.types}.
 */
public final class Pipeline {

    /** The pipeline without the learned model: the stances of the rules alone (their tests describe the rules). */
    static final List<Class<? extends AnalysisComponent>> RULES = List.of(
            DocumentMetadataAnnotator.class,
            Segmenter.class,
            ActorTagger.class,
            AgreementTagger.class,
            StanceTagger.class);

    /** The engines of the pre-tagging pipeline, in order: the rules, then the learned model. */
    static final List<Class<? extends AnalysisComponent>> FULL = Stream.concat(RULES.stream(), Stream.of(LearnedStances.class)).toList();

    /** Segmentation alone: the baseline the full pipeline's cost is measured against. */
    static final List<Class<? extends AnalysisComponent>> SEGMENTATION = List.of(Segmenter.class);

    private Pipeline() {
    }

    /** The engines of the full pipeline, in order (for measurements of each stage). */
    public static List<Class<? extends AnalysisComponent>> stages() {
        return FULL;
    }

    /** A new instance of the full pre-tagging pipeline. Not thread-safe: one per worker thread. */
    public static AnalysisEngine createFull() throws ResourceInitializationException {
        return create(FULL, null);
    }

    /** The full pipeline reading the given catalogue file (null: the shipped catalogue). */
    public static AnalysisEngine createFull(Path catalogue) throws ResourceInitializationException {
        return create(FULL, catalogue);
    }

    /**
     * The full pipeline of a project: its catalogue file (null: the shipped one) and its additions to the stance
     * lexicon ({@link StanceCues}; ignored while the file does not exist).
     */
    public static AnalysisEngine createFull(Path catalogue, Path lexiconAdditions) throws ResourceInitializationException {
        return create(FULL, catalogue, lexiconAdditions);
    }

    /** A new instance of the pipeline whose stances come from the rules alone ({@link #RULES}). */
    public static AnalysisEngine createRules() throws ResourceInitializationException {
        return create(RULES, null);
    }

    public static AnalysisEngine createSegmentation() throws ResourceInitializationException {
        return create(SEGMENTATION, null);
    }

    public static AnalysisEngine create(List<Class<? extends AnalysisComponent>> engines, Path catalogue) throws ResourceInitializationException {
        return create(engines, catalogue, null);
    }

    private static AnalysisEngine create(List<Class<? extends AnalysisComponent>> engines, Path catalogue, Path lexiconAdditions)
            throws ResourceInitializationException {
        ResourceManager rm = ParleyTypeSystem.resourceManager(Pipeline.class.getClassLoader());
        return UIMAFramework.produceAnalysisEngine(aggregate(engines, catalogue, lexiconAdditions), rm, null);
    }

    static AnalysisEngineDescription aggregate(List<Class<? extends AnalysisComponent>> engines, Path catalogue, Path lexiconAdditions) {
        ResourceSpecifierFactory factory = UIMAFramework.getResourceSpecifierFactory();
        AnalysisEngineDescription agg = factory.createAnalysisEngineDescription();
        agg.setFrameworkImplementation(Constants.JAVA_FRAMEWORK_NAME);
        agg.setPrimitive(false);
        agg.getAnalysisEngineMetaData().setName("Parley pipeline");
        String[] flow = new String[engines.size()];
        for (int i = 0; i < engines.size(); i++) {
            Class<? extends AnalysisComponent> engine = engines.get(i);
            flow[i] = engine.getSimpleName();
            agg.getDelegateAnalysisEngineSpecifiersWithImports().put(flow[i], primitive(engine, catalogue, lexiconAdditions));
        }
        FixedFlow fixedFlow = factory.createFixedFlow();
        fixedFlow.setFixedFlow(flow);
        agg.getAnalysisEngineMetaData().setFlowConstraints(fixedFlow);
        return agg;
    }

    static AnalysisEngineDescription primitive(Class<? extends AnalysisComponent> annotator, Path catalogue, Path lexiconAdditions) {
        AnalysisEngineDescription d = UIMAFramework.getResourceSpecifierFactory().createAnalysisEngineDescription();
        d.setFrameworkImplementation(Constants.JAVA_FRAMEWORK_NAME);
        d.setPrimitive(true);
        d.setAnnotatorImplementationName(annotator.getName());
        d.getAnalysisEngineMetaData().setName(annotator.getSimpleName());
        d.getAnalysisEngineMetaData().setTypeSystem(ParleyTypeSystem.description());
        declareFile(d, CatalogueParameter.NAME, "catalogue JSON file; unset: the shipped catalogue");
        declareFile(d, StanceTagger.LEXICON_ADDITIONS, "a project's additions to the stance lexicon (.parley/lexicon.json); unset: the shipped cues only");
        setFile(d, CatalogueParameter.NAME, catalogue);
        setFile(d, StanceTagger.LEXICON_ADDITIONS, lexiconAdditions);
        return d;
    }

    private static void setFile(AnalysisEngineDescription d, String name, Path file) {
        if (file != null) {
            d.getAnalysisEngineMetaData().getConfigurationParameterSettings().setParameterValue(name, file.toAbsolutePath().toString());
        }
    }

    private static void declareFile(AnalysisEngineDescription d, String name, String description) {
        ConfigurationParameter p = new ConfigurationParameter_impl();
        p.setName(name);
        p.setType(ConfigurationParameter.TYPE_STRING);
        p.setMandatory(false);
        p.setDescription(description);
        d.getAnalysisEngineMetaData().getConfigurationParameterDeclarations().addConfigurationParameter(p);
    }
}
